package io.netaudit.scan;

import io.netaudit.snmp.ProbeResult;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;

/**
 * The sweep engine: one SNMP4J session (one UDP socket) for the whole run, asynchronous requests, a
 * window of targets in progress, a token bucket on every packet (retries included), and no thread
 * per target. One thread sends; SNMP4J's receive and timer threads drive the per-target state
 * machines ({@link DeviceProbe}); one thread hands finished results to the caller's sink, so the
 * sink never runs concurrently and never blocks the receive path.
 *
 * <p>The parts: {@link SweepRun} (window, send loop, routing), {@link Pacer} (token bucket), {@link
 * RawSender} (the pre-encoded GET and engine discovery), {@link AsyncRequests} (SNMP4J's send, and
 * the source-address check of its replies), {@link PendingGets} (matching the fast path's replies,
 * its deadlines), {@link ResultAssembler} and {@link ResultDelivery} (the result, to the sink).
 *
 * <p>SNMPv3 profiles do not use that session: each has its own ({@link UsmSessions}), and their
 * requests go through SNMP4J's normal asynchronous send (engine discovery, USM, REPORT handling),
 * with the probe's retries.
 *
 * <p>Nothing process-wide is changed: time comes from the {@link SweepContext}, secrets the engine
 * derives go to it, and replies are checked per session.
 */
public final class Sweeper implements AutoCloseable {
  private static final int RECEIVE_BUFFER_BYTES = 8 << 20;

  private final SweepSettings settings;
  private final SweepContext context;
  private final SweepRun.Session session;

  private Sweeper(SweepSettings settings, SweepContext context, SweepRun.Session session) {
    this.settings = settings;
    this.context = context;
    this.session = session;
  }

  /** Opens the session's socket on an ephemeral port (and one per SNMPv3 profile). */
  public static Sweeper open(SweepSettings settings, SweepContext context) throws IOException {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(context, "context");
    ReplyWatch watch = new ReplyWatch();
    SweepTransport transport = new SweepTransport(watch);
    transport.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
    MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
    dispatcher.addMessageProcessingModel(new MPv1());
    dispatcher.addMessageProcessingModel(new MPv2c());
    Snmp snmp = new Snmp(dispatcher, transport);
    snmp.listen();
    UsmSessions usm;
    try {
      usm = UsmSessions.open(settings.credentials(), context.secrets());
    } catch (IOException | RuntimeException e) {
      snmp.close();
      throw e;
    }
    return new Sweeper(settings, context, new SweepRun.Session(snmp, transport, watch, usm));
  }

  /**
   * Probes every target and hands each result to {@code sink}, exactly one per target. Returns when
   * all are done. The targets are read lazily, as window slots free up.
   */
  public SweepStats sweep(Iterator<InetAddress> targets, Consumer<ProbeResult> sink)
      throws InterruptedException {
    return sweep(targets, sink, SweepListener.NONE);
  }

  /**
   * As {@link #sweep(Iterator, Consumer)}, also telling {@code listener} of targets started and
   * packets sent.
   */
  public SweepStats sweep(
      Iterator<InetAddress> targets, Consumer<ProbeResult> sink, SweepListener listener)
      throws InterruptedException {
    Objects.requireNonNull(listener, "listener");
    ResultDelivery delivery = new ResultDelivery(sink);
    return new SweepRun(settings, context, session, targets, delivery, listener).execute();
  }

  @Override
  public void close() throws IOException {
    try {
      session.snmp().close();
    } finally {
      session.usm().close();
    }
  }
}
