package io.netaudit.identify;

public record Evidence(SignalSource source, Vendor vendor, Strength strength, String detail) {}
