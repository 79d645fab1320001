package io.netaudit.scan;

import io.netaudit.snmp.Credential;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * What every probe of a sweep shares.
 *
 * @param heardFrom whether a decodable reply from this address arrived that matched no request (the
 *     signature of an agent slower than the timeout)
 */
record ProbeConfig(
    List<? extends Credential> credentials,
    int retries,
    long timeoutMillis,
    Clock clock,
    InventoryPlan plan,
    boolean engineProbe,
    Predicate<InetAddress> heardFrom) {}
