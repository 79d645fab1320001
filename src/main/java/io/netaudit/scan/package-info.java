/**
 * The sweep engine: the only code that talks SNMP on the wire (with the simulated agents of {@code
 * agent}). One SNMP4J session and socket per run; v1/v2c system GETs go through a fast path (a
 * pre-encoded GET, FIFO deadlines, replies matched by request id, source address, version and
 * community), everything else through SNMP4J's asynchronous send, whose replies are also checked
 * for their source address. Each target is a non-blocking state machine ({@code DeviceProbe}) with
 * at most one request in flight; a token bucket paces every packet, retries included. The inventory
 * round on responders reads what its {@code InventoryPlan} lists (built by the caller from the
 * readers' {@code Reads}): scalars by GET, table columns by bounded walks, served enterprise
 * subtrees by a bounded GETNEXT probe.
 *
 * <p>{@code Sweeper} is the entry point; {@code SweepRun} runs one sweep from small parts with one
 * job each (pacing, raw sends, SNMP4J sends, reply matching, result assembly and delivery). The
 * engine touches nothing process-wide: time comes from the caller's {@code SweepContext} ticker and
 * clock, derived secrets go to its sink, and the bounded options ({@code ScanOption}) are defined
 * once in {@code SweepSettings}.
 */
package io.netaudit.scan;
