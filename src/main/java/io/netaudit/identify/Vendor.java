package io.netaudit.identify;

public record Vendor(String id, String name) {}
