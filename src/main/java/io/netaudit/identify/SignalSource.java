package io.netaudit.identify;

public enum SignalSource { SYS_OBJECT_ID, SYS_DESCR }
