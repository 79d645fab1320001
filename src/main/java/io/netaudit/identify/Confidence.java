package io.netaudit.identify;

public enum Confidence { HIGH, MEDIUM, LOW }
