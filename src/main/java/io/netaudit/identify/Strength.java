package io.netaudit.identify;

public enum Strength { DEFINITIVE, WEAK }
