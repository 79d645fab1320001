package io.netaudit.scan;

/** A request on its way: the probe that asked, and what it asked. */
record InFlight(DeviceProbe probe, Request request) {}
