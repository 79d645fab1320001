package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.Credential;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;

/**
 * One sweep: keeps a window of targets in progress, sends every request they make (paced, on the
 * path that suits it), and routes each reply, timeout and result. The sending thread runs {@link
 * #execute}; replies and timeouts arrive on SNMP4J's threads (and on this one, for the fast path's
 * deadlines) and come back to it as ready requests, so all sending stays on one thread.
 */
final class SweepRun implements AsyncRequests.Steps {
  private static final Logger LOG = LoggerFactory.getLogger(SweepRun.class);

  /** Longest nap of the sending thread; any reply or result wakes it earlier. */
  private static final long MAX_WAIT_NANOS = 500_000L;

  private static final long MIN_WAIT_NANOS = 10_000L;

  private final SweepSettings settings;
  private final Iterator<InetAddress> targets;
  private final SweepListener listener;
  private final Ticker ticker;
  private final ReplyWatch watch;
  private final ProbeConfig probeConfig;
  private final Pacer pacer;
  private final PendingGets pending;
  private final RawSender raw;
  private final AsyncRequests async;
  private final ResultAssembler assembler;
  private final ResultDelivery delivery;
  private final SweepCounters counters;
  private final RetryPolicy retryPolicy;
  private final LossMeter loss = new LossMeter();
  private final HeldProbes held;
  private final ConcurrentLinkedQueue<InFlight> ready = new ConcurrentLinkedQueue<>();
  private final AtomicLong active = new AtomicLong();

  /** Made once: the send loop hands it over on every turn. */
  private final Consumer<InFlight> timedOut = this::timedOut;

  private final Consumer<DeviceProbe> revive = this::revive;
  private final Consumer<DeviceProbe> release = this::release;

  private volatile Thread sender;
  private boolean allIssuedLogged;

  SweepRun(
      SweepSettings settings,
      SweepContext context,
      Session session,
      Iterator<InetAddress> targets,
      ResultDelivery delivery,
      SweepListener listener) {
    this.settings = settings;
    this.targets = targets;
    this.listener = listener;
    this.ticker = context.ticker();
    this.watch = session.watch();
    this.delivery = delivery;
    long timeoutMillis = settings.timeout().toMillis();
    this.retryPolicy = new RetryPolicy(settings.adaptiveRetries(), settings.retries());
    this.probeConfig =
        new ProbeConfig(
            settings.credentials(),
            settings.retries(),
            timeoutMillis,
            context.clock(),
            ticker,
            settings.plan(),
            settings.engineIdProbe(),
            watch::heardFrom,
            watch::hasEngineId,
            retryPolicy,
            loss,
            new FindRequests(settings.credentials().size()));
    this.held =
        new HeldProbes(
            ticker,
            HeldProbes.MINIMUM_TIMEOUTS * settings.timeout().toNanos(),
            HeldProbes.CAPACITY);
    this.pacer = new Pacer(settings.ratePerSecond(), ticker);
    this.pending = new PendingGets(ticker, settings.timeout().toNanos(), settings.window());
    this.raw = new RawSender(session.transport(), settings.port(), pending);
    this.async =
        new AsyncRequests(session.snmp(), session.usm(), settings.port(), timeoutMillis, this);
    this.assembler =
        new ResultAssembler(watch, session.usm(), settings.port(), settings.credentials());
    this.counters = new SweepCounters(watch, ticker);
  }

  /** The SNMP4J session, its transport and watch, and the SNMPv3 sessions a run sends on. */
  record Session(Snmp snmp, SweepTransport transport, ReplyWatch watch, UsmSessions usm) {}

  SweepStats execute() throws InterruptedException {
    sender = Thread.currentThread();
    watch.setMatcher(this::offer);
    delivery.start(pacer::behind);
    try {
      sendLoop();
    } finally {
      watch.setMatcher(null);
      delivery.finish();
    }
    delivery.rethrowSinkFailure();
    String decision = retryPolicy.describe(loss.counted());
    LOG.debug("retries: {}", decision);
    return counters.stats(decision);
  }

  private void sendLoop() throws InterruptedException {
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("sweep interrupted");
      }
      pending.expire(timedOut);
      held.poll(loss.v1OnlyFound(), targets.hasNext(), active.get() == 0, revive, release);
      InFlight next = ready.poll();
      if (next == null) {
        next = nextTarget();
      }
      if (next == null) {
        if (active.get() == 0 && !targets.hasNext() && held.isEmpty()) {
          return;
        }
        waitForWork();
        continue;
      }
      pacer.acquire();
      long sentBefore = counters.sentSoFar();
      send(next);
      long sent = counters.sentSoFar() - sentBefore;
      if (sent > 0) {
        listener.onPacketsSent((int) sent);
      }
    }
  }

  /** The first request of a new target, when the window has room for one; else null. */
  private InFlight nextTarget() {
    if (active.get() >= settings.window() || !targets.hasNext()) {
      return null;
    }
    InetAddress address = targets.next();
    long sequence = counters.issuedSoFar();
    counters.issued();
    listener.onIssued();
    active.incrementAndGet();
    DeviceProbe probe = new DeviceProbe(address, probeConfig, sequence);
    return new InFlight(probe, probe.first());
  }

  private void waitForWork() {
    if (!allIssuedLogged && !targets.hasNext()) {
      allIssuedLogged = true; // where a sweep's time goes: sending, or waiting out timeouts
      LOG.debug(
          "all {} targets issued after {} ms, {} packets sent",
          counters.issuedSoFar(),
          counters.millisSinceStart(),
          counters.sentSoFar());
    }
    pacer.idle();
    long wait = pending.nanosToNextDeadline(MAX_WAIT_NANOS);
    if (!targets.hasNext()) {
      wait = held.nanosToNextRelease(wait);
    }
    LockSupport.parkNanos(Math.max(MIN_WAIT_NANOS, wait));
  }

  /** Sends a request on its path: SNMPv3, the fast GET, or SNMP4J's send for the rest. */
  private void send(InFlight f) {
    Request request = f.request();
    Credential credential = settings.credentials().get(request.profileIndex());
    try {
      if (credential instanceof UsmCredential usmCredential) {
        counters.sent();
        async.sendV3(f, usmCredential);
        return;
      }
      if (request.withEngineProbe() && !watch.hasEngineId(f.probe().address())) {
        sendDiscovery(f);
      }
      Community community = (Community) credential;
      counters.sent();
      if (request.pduType() == PDU.GET
          && request.timeoutFactor() == 1
          && request.vlanContext() == Request.NO_VLAN) {
        raw.sendGet(f, community);
      } else {
        async.send(f, community);
      }
    } catch (IOException | RuntimeException e) {
      failed(f, credential, e);
    }
  }

  private void sendDiscovery(InFlight f) {
    try {
      raw.sendDiscovery(f);
    } catch (IOException e) {
      LOG.debug(
          "engine discovery to {} failed: {}", f.probe().address().getHostAddress(), e.toString());
    }
    counters.sent();
    pacer.acquire(); // the community request that follows is a packet of its own
  }

  /** A send that failed ends the target as ERROR. */
  private void failed(InFlight f, Credential credential, Exception e) {
    String address = f.probe().address().getHostAddress();
    ProbeResult error;
    if (credential instanceof UsmCredential) {
      // Only the exception's class: an SNMPv3 failure's message may quote key material.
      LOG.debug("SNMPv3 send to {} failed: {}", address, e.getClass().getSimpleName());
      error =
          ProbeResult.error(
              f.probe().address(),
              probeConfig.clock().instant(),
              SnmpVersion.V3,
              credential.label(),
              "send failed: " + e.getClass().getSimpleName());
    } else {
      LOG.debug("send to {} failed: {}", address, e.toString());
      error =
          ProbeResult.error(
              f.probe().address(),
              probeConfig.clock().instant(),
              f.request().version(),
              credential.label(),
              "send failed: " + e.getMessage());
    }
    finish(error);
  }

  /** A fast-path reply, from the receive thread: true when it answered a request of ours. */
  private boolean offer(InetAddress source, int version, byte[] community, PDU pdu) {
    InFlight f = pending.match(source, version, community, pdu);
    if (f == null) {
      return false;
    }
    advance(f.probe(), f.probe().onResponse(f.request(), pdu), true);
    return true;
  }

  private void timedOut(InFlight f) {
    advance(f.probe(), f.probe().onTimeout(f.request()), false);
  }

  /** A held silent probe asked again in SNMPv1 (sending thread); it re-enters the window. */
  private void revive(DeviceProbe probe) {
    active.incrementAndGet();
    advance(probe, probe.onRevive(), false);
  }

  /** A held silent probe's hold is over (sending thread). */
  private void release(DeviceProbe probe) {
    active.incrementAndGet();
    advance(probe, probe.onRelease(), false);
  }

  @Override
  public void advance(DeviceProbe probe, Step step, boolean matched) {
    if (matched) {
      counters.matched();
    }
    if (step.isHeld()) {
      held.add(probe);
      active.decrementAndGet(); // held probes hold no request and no window slot
      LockSupport.unpark(sender);
    } else if (step.isFinished()) {
      finish(step.result());
    } else {
      ready.add(new InFlight(probe, step.next()));
      LockSupport.unpark(sender);
    }
  }

  private void finish(ProbeResult result) {
    delivery.add(assembler.complete(result));
    active.decrementAndGet();
    LockSupport.unpark(sender);
  }
}
