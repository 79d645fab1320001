package io.netaudit.scan;

import io.netaudit.snmp.Credential;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * What every probe of a sweep shares.
 *
 * @param retries retries of a request to a device that answered (the inventory round's), and the
 *     most a silent address gets
 * @param clock wall-clock time, for the polled-at time of results
 * @param ticker monotonic time, for the inventory round's budget
 * @param heardFrom whether a decodable reply from this address arrived that matched no request (the
 *     signature of an agent slower than the timeout)
 * @param engineHeard whether the address answered the credential-less SNMPv3 discovery: an agent is
 *     there, so a silent one is owed its SNMPv1 attempt whatever the sample says
 * @param retryPolicy how many attempts a silent address gets
 * @param loss what the sweep has learnt about loss so far, which the policy decides on
 * @param findRequests the first round's requests, shared by all probes
 */
record ProbeConfig(
    List<? extends Credential> credentials,
    int retries,
    long timeoutMillis,
    Clock clock,
    Ticker ticker,
    InventoryPlan plan,
    boolean engineProbe,
    Predicate<InetAddress> heardFrom,
    Predicate<InetAddress> engineHeard,
    RetryPolicy retryPolicy,
    LossMeter loss,
    FindRequests findRequests) {}
