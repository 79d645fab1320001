package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.Credential;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/**
 * The sweep engine: one SNMP4J session (one UDP socket) for the whole run, asynchronous requests, a
 * window of targets in progress, a token bucket on every packet (retries included), and no thread
 * per target. One thread sends; SNMP4J's receive and timer threads drive the per-target state
 * machines ({@link DeviceProbe}); one thread hands finished results to the caller's sink, so the
 * sink never runs concurrently and never blocks the receive path.
 *
 * <p>SNMPv3 profiles do not use that session: each has its own ({@link UsmSessions}), and their
 * requests go through SNMP4J's normal asynchronous send (engine discovery, USM, REPORT handling),
 * with the probe's retries.
 */
public final class Sweeper implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
  private static final int RECEIVE_BUFFER_BYTES = 8 << 20;

  private final SweepSettings settings;
  private final Clock clock;
  private final Snmp snmp;
  private final SweepTransport transport;
  private final ReplyWatch watch;
  private final UsmSessions usm;

  private Sweeper(
      SweepSettings settings,
      Clock clock,
      Snmp snmp,
      SweepTransport transport,
      ReplyWatch watch,
      UsmSessions usm) {
    this.usm = usm;
    this.settings = settings;
    this.clock = clock;
    this.snmp = snmp;
    this.transport = transport;
    this.watch = watch;
  }

  /** Opens the session's socket on an ephemeral port. */
  public static Sweeper open(SweepSettings settings, Clock clock) throws IOException {
    Objects.requireNonNull(settings, "settings");
    for (io.netaudit.snmp.Credential c : settings.credentials()) {
      c.secrets().forEach(io.netaudit.secrets.Secrets::register); // no log line can show them
    }
    // A reply counts only if it comes from the address that was asked (SNMP4J >= 3.13 checks it
    // when told to). Without this a host could answer for a silent address by guessing the
    // sequential request id.
    SNMP4JSettings.setVerifyResponsePeerAddress(true);
    SweepTransport transport = new SweepTransport();
    transport.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
    ReplyWatch watch = new ReplyWatch();
    // Registered before SNMP4J's dispatcher so it sees each datagram first.
    transport.addTransportListener(watch);
    MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
    dispatcher.addMessageProcessingModel(new MPv1());
    dispatcher.addMessageProcessingModel(new MPv2c());
    Snmp snmp = new Snmp(dispatcher, transport);
    snmp.listen();
    UsmSessions usm;
    try {
      usm = UsmSessions.open(settings.credentials());
    } catch (IOException | RuntimeException e) {
      snmp.close();
      throw e;
    }
    return new Sweeper(settings, clock, snmp, transport, watch, usm);
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
    Run run = new Run(targets, sink);
    run.listener = Objects.requireNonNull(listener, "listener");
    return run.execute();
  }

  @Override
  public void close() throws IOException {
    try {
      snmp.close();
    } finally {
      usm.close();
    }
  }

  /** The state of one sweep; the engine object above can run several in sequence. */
  private final class Run implements ResponseListener {
    private final Iterator<InetAddress> targets;
    private final ConcurrentLinkedQueue<InFlight> ready = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<ProbeResult> results = new LinkedBlockingQueue<>();
    private final AtomicLong active = new AtomicLong();
    private final AtomicLong matched = new AtomicLong();
    private final AtomicReference<RuntimeException> sinkFailure = new AtomicReference<>();
    private final Consumer<ProbeResult> sink;
    private final Pacer pacer;
    private final int timeoutMillis;
    private final long datagramsBefore;
    private final long decodableBefore;
    private final long undecodableBefore;
    private final ProbeConfig probeConfig;
    private int discoveryId;

    /**
     * Fast-path GETs in flight, by request id; the receive thread and the sender race to remove.
     */
    private final java.util.concurrent.ConcurrentHashMap<Integer, FastPending> fastPending =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** Their deadlines in send order: one timeout for all of them, so a FIFO is a timer queue. */
    private final java.util.ArrayDeque<FastPending> deadlines = new java.util.ArrayDeque<>();

    private int nextRequestId;

    /** Encoded GET templates by (version, community, objects): a sweep uses only a handful. */
    private final java.util.Map<List<Object>, FastGet> templates = new java.util.HashMap<>();

    private FastGet[] findTemplates = new FastGet[2];
    private byte[][] secrets = new byte[1][];
    private final long timeoutNanos;
    private volatile Thread sender;
    private long started;
    private long sent;
    private boolean allIssuedLogged;
    private long issued;

    /** Progress display hook; called only on the sender thread (see SweepListener). */
    private SweepListener listener = SweepListener.NONE;

    Run(Iterator<InetAddress> targets, Consumer<ProbeResult> sink) {
      this.targets = targets;
      this.sink = sink;
      this.pacer = new Pacer(settings.ratePerSecond(), System::nanoTime);
      this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
      this.datagramsBefore = watch.datagrams();
      this.decodableBefore = watch.decodable();
      this.undecodableBefore = watch.undecodable();
      this.probeConfig =
          new ProbeConfig(
              settings.credentials(),
              settings.retries(),
              timeoutMillis,
              clock,
              settings.plan(),
              settings.engineIdProbe(),
              watch::heardFrom);
      java.util.Random random = new java.util.Random();
      this.discoveryId = random.nextInt(1 << 30);
      this.nextRequestId = FastGet.MIN_REQUEST_ID + random.nextInt(1 << 30);
      this.timeoutNanos = settings.timeout().toNanos();
    }

    SweepStats execute() throws InterruptedException {
      sender = Thread.currentThread();
      started = System.nanoTime();
      watch.setMatcher(this::offer);
      Thread deliverer = new Thread(this::deliver, "netaudit-results");
      deliverer.setDaemon(true);
      deliverer.start();
      try {
        sendLoop();
      } finally {
        watch.setMatcher(null);
        results.add(END);
        deliverer.join();
      }
      RuntimeException failure = sinkFailure.get();
      if (failure != null) {
        throw failure;
      }
      long decodable = watch.decodable() - decodableBefore;
      return new SweepStats(
          issued,
          sent,
          watch.datagrams() - datagramsBefore,
          matched.get(),
          Math.max(0, decodable - matched.get()),
          watch.undecodable() - undecodableBefore,
          Duration.ofNanos(System.nanoTime() - started));
    }

    private void sendLoop() throws InterruptedException {
      while (true) {
        if (Thread.interrupted()) {
          throw new InterruptedException("sweep interrupted");
        }
        expireFastRequests(System.nanoTime());
        InFlight next = ready.poll();
        if (next == null) {
          if (active.get() < settings.window() && targets.hasNext()) {
            InetAddress address = targets.next();
            issued++;
            listener.onIssued();
            active.incrementAndGet();
            DeviceProbe probe = new DeviceProbe(address, probeConfig);
            next = new InFlight(probe, probe.first());
          } else if (active.get() == 0 && !targets.hasNext()) {
            return;
          } else {
            if (!allIssuedLogged && !targets.hasNext()) {
              allIssuedLogged = true; // where a sweep's time goes: sending, or waiting out timeouts
              LOG.debug(
                  "all {} targets issued after {} ms, {} packets sent",
                  issued,
                  (System.nanoTime() - started) / 1_000_000,
                  sent);
            }
            long wait = 500_000L; // woken early by any reply or SNMP4J timeout
            FastPending head = deadlines.peek();
            if (head != null) {
              wait = Math.max(10_000L, Math.min(wait, head.deadline - System.nanoTime()));
            }
            LockSupport.parkNanos(wait);
            continue;
          }
        }
        pacer.acquire();
        long sentBefore = sent;
        send(next);
        if (sent != sentBefore) {
          listener.onPacketsSent((int) (sent - sentBefore));
        }
      }
    }

    private void send(InFlight f) {
      Request request = f.request();
      Credential credential = settings.credentials().get(request.profileIndex());
      if (credential instanceof UsmCredential) {
        sendV3(f, (UsmCredential) credential, new UdpAddress(f.probe().address(), settings.port()));
        return;
      }
      Community community = (Community) credential;
      sendEngineDiscovery(f);
      if (request.pduType() == PDU.GET && request.timeoutFactor() == 1) {
        sendFast(f, community);
        return;
      }
      UdpAddress peer = new UdpAddress(f.probe().address(), settings.port());
      CommunityTarget<UdpAddress> target =
          new CommunityTarget<>(peer, new OctetString(community.secret()));
      target.setVersion(
          request.version() == SnmpVersion.V1 ? SnmpConstants.version1 : SnmpConstants.version2c);
      target.setTimeout((long) timeoutMillis * request.timeoutFactor());
      target.setRetries(
          0); // retries are the probe's, so each attempt may change version or community
      PDU pdu = request.version() == SnmpVersion.V1 ? new PDUv1() : new PDU();
      pdu.setType(request.pduType());
      if (request.pduType() == PDU.GETBULK) {
        pdu.setNonRepeaters(0);
        pdu.setMaxRepetitions(request.maxRepetitions());
      }
      for (OID o : request.oids()) {
        pdu.add(new VariableBinding(o));
      }
      try {
        sent++;
        snmp.send(pdu, target, f, this);
      } catch (IOException | RuntimeException e) {
        LOG.debug("send to {} failed: {}", f.probe().address().getHostAddress(), e.toString());
        finish(
            ProbeResult.error(
                f.probe().address(),
                clock.instant(),
                request.version(),
                community.label(),
                "send failed: " + e.getMessage()));
      }
    }

    /**
     * SNMPv3: SNMP4J's own async send on the profile's session; engine discovery happens inside it.
     */
    private void sendV3(InFlight f, UsmCredential credential, UdpAddress peer) {
      Request request = f.request();
      UserTarget<UdpAddress> target = new UserTarget<>();
      target.setAddress(peer);
      target.setVersion(SnmpConstants.version3);
      target.setSecurityName(new OctetString(credential.user()));
      target.setSecurityLevel(credential.securityLevel());
      target.setTimeout((long) timeoutMillis * request.timeoutFactor());
      target.setRetries(0); // the probe's retries
      ScopedPDU pdu = new ScopedPDU();
      pdu.setType(request.pduType());
      if (request.pduType() == PDU.GETBULK) {
        pdu.setNonRepeaters(0);
        pdu.setMaxRepetitions(request.maxRepetitions());
      }
      for (OID o : request.oids()) {
        pdu.add(new VariableBinding(o));
      }
      usm.takeRefusal(
          request.profileIndex(), f.probe().address()); // nothing stale is blamed on this request
      try {
        sent++;
        usm.session(request.profileIndex()).send(pdu, target, f, this);
      } catch (IOException | RuntimeException e) {
        LOG.debug(
            "SNMPv3 send to {} failed: {}",
            f.probe().address().getHostAddress(),
            e.getClass().getSimpleName());
        finish(
            ProbeResult.error(
                f.probe().address(),
                clock.instant(),
                SnmpVersion.V3,
                credential.label(),
                "send failed: " + e.getClass().getSimpleName()));
      }
    }

    private void sendEngineDiscovery(InFlight f) {
      if (!f.request().withEngineProbe() || watch.hasEngineId(f.probe().address())) {
        return;
      }
      // Same round as the community request: the sweep gains a packet, not a timeout wait.
      discoveryId = discoveryId == Integer.MAX_VALUE ? 1 : discoveryId + 1;
      try {
        transport.sendRaw(
            f.probe().socketAddress(settings.port()),
            EngineDiscovery.message(discoveryId, discoveryId));
      } catch (IOException e) {
        LOG.debug(
            "engine discovery to {} failed: {}",
            f.probe().address().getHostAddress(),
            e.toString());
      }
      sent++;
      pacer.acquire();
    }

    /**
     * The hot path of a sweep: the GET is encoded here and sent on SNMP4J's socket, and matched by
     * {@link #offer} (request id, source address, version and community must all agree).
     */
    private void sendFast(InFlight f, Community community) {
      Request request = f.request();
      int id = nextRequestId;
      nextRequestId =
          nextRequestId == Integer.MAX_VALUE ? FastGet.MIN_REQUEST_ID : nextRequestId + 1;
      byte[] secret = secret(request.profileIndex(), community);
      FastGet template = template(request, secret);
      FastPending p = new FastPending(id, f, secret, System.nanoTime() + timeoutNanos);
      fastPending.put(id, p);
      deadlines.add(p);
      try {
        sent++;
        // The template's own buffer, patched in place: the send copies it before it returns.
        transport.sendRaw(f.probe().socketAddress(settings.port()), template.patched(id));
      } catch (IOException | RuntimeException e) {
        if (fastPending.remove(id, p)) {
          LOG.debug("send to {} failed: {}", f.probe().address().getHostAddress(), e.toString());
          finish(
              ProbeResult.error(
                  f.probe().address(),
                  clock.instant(),
                  request.version(),
                  community.label(),
                  "send failed: " + e.getMessage()));
        }
      }
    }

    /** A community's bytes, copied once per run rather than once per packet. */
    private byte[] secret(int profileIndex, Community community) {
      if (profileIndex >= secrets.length) {
        secrets = java.util.Arrays.copyOf(secrets, profileIndex + 1);
      }
      if (secrets[profileIndex] == null) {
        secrets[profileIndex] = community.secret();
      }
      return secrets[profileIndex];
    }

    /** The system GET of the FIND phase is looked up by identity: no hashing of OIDs per packet. */
    private FastGet template(Request request, byte[] secret) {
      if (request.oids() == DeviceProbe.SYSTEM) {
        int slot = request.profileIndex() * 2 + (request.version() == SnmpVersion.V1 ? 1 : 0);
        if (slot >= findTemplates.length) {
          findTemplates = java.util.Arrays.copyOf(findTemplates, slot + 1);
        }
        if (findTemplates[slot] == null) {
          findTemplates[slot] = FastGet.of(request.version(), secret, request.oids());
        }
        return findTemplates[slot];
      }
      return templates.computeIfAbsent(
          List.of(request.version(), request.profileIndex(), request.oids()),
          k -> FastGet.of(request.version(), secret, request.oids()));
    }

    private boolean offer(InetAddress source, int version, byte[] community, PDU pdu) {
      FastPending p = fastPending.get(pdu.getRequestID().getValue());
      if (p == null) {
        return false; // late, duplicate, or one of SNMP4J's own requests (it matches those itself)
      }
      if (!p.inFlight.probe().address().equals(source)
          || pdu.getType() != PDU.RESPONSE
          || version != (p.inFlight.request().version() == SnmpVersion.V1 ? 0 : 1)
          || !java.util.Arrays.equals(community, p.community)) {
        // A reply to a request we did send, but from another address or with another version or
        // community: counted as unmatched, never attributed, and named with -v.
        LOG.info(
            "ignored a reply from {} to the request sent to {}: {}",
            source.getHostAddress(),
            p.inFlight.probe().address().getHostAddress(),
            !p.inFlight.probe().address().equals(source)
                ? "another source address"
                : "wrong version or community");
        return false;
      }
      if (!fastPending.remove(p.id, p)) {
        return false;
      }
      matched.incrementAndGet();
      advance(p.inFlight.probe(), p.inFlight.probe().onResponse(p.inFlight.request(), pdu));
      return true;
    }

    private void expireFastRequests(long now) {
      FastPending head;
      while ((head = deadlines.peek()) != null && head.deadline - now <= 0) {
        deadlines.poll();
        if (fastPending.remove(head.id, head)) {
          advance(head.inFlight.probe(), head.inFlight.probe().onTimeout(head.inFlight.request()));
        }
      }
    }

    private void advance(DeviceProbe probe, Step step) {
      if (step.isFinished()) {
        finish(step.result());
      } else {
        ready.add(new InFlight(probe, step.next()));
        LockSupport.unpark(sender);
      }
    }

    @Override
    public <A extends Address> void onResponse(ResponseEvent<A> event) {
      InFlight f = (InFlight) event.getUserObject();
      PDU response = event.getResponse();
      Step step;
      if (response != null) {
        // Always cancel an answered async request, or SNMP4J keeps it (a known leak).
        ((Snmp) event.getSource()).cancel(event.getRequest(), this);
        matched.incrementAndGet();
        if (response.getType() == PDU.RESPONSE) {
          step = f.probe().onResponse(f.request(), response);
        } else if (response.getType() == PDU.REPORT && f.request().version() == SnmpVersion.V3) {
          step = f.probe().onReport(f.request(), response);
        } else {
          step = f.probe().onTimeout(f.request());
        }
      } else {
        AuthFailure refused =
            f.request().version() == SnmpVersion.V3
                ? usm.takeRefusal(f.request().profileIndex(), f.probe().address())
                : null;
        step =
            refused != null
                ? f.probe().onRefusal(f.request(), refused.description())
                : f.probe().onTimeout(f.request());
      }
      advance(f.probe(), step);
    }

    private void finish(ProbeResult result) {
      ReplyWatch.Seen seen = watch.forget(result.address());
      byte[] v3EngineId =
          usm.isEmpty() ? null : usm.engineId(new UdpAddress(result.address(), settings.port()));
      if (result.status() == ProbeStatus.NO_RESPONSE
          && seen.engineId() == null
          && v3EngineId != null) {
        // An SNMPv3 profile's engine discovery was answered, its request never was: agents drop
        // what they
        // cannot decrypt (net-snmp does so for a wrong priv-pass), so this is not silence.
        result =
            new ProbeResult(
                result.address(),
                ProbeStatus.ENGINE_ID_ONLY,
                null,
                Inventory.EMPTY.withEngineId(v3EngineId),
                null,
                "",
                result.polledAt(),
                "SNMPv3 discovery answered but no request of profile "
                    + v3Labels()
                    + " was (a wrong priv-pass or priv protocol looks like this); no community answered");
      } else if (result.status() == ProbeStatus.NO_RESPONSE && seen.engineId() != null) {
        result =
            new ProbeResult(
                result.address(),
                ProbeStatus.ENGINE_ID_ONLY,
                null,
                Inventory.EMPTY.withEngineId(seen.engineId()),
                null,
                "",
                result.polledAt(),
                "no community answered; SNMPv3 discovery answered");
      } else if (result.status() == ProbeStatus.NO_RESPONSE && seen.problem() != null) {
        result = ProbeResult.error(result.address(), result.polledAt(), null, "", seen.problem());
      } else if (result.status() == ProbeStatus.ANSWERED) {
        // The credential-less discovery's engine ID, else the one an SNMPv3 profile learnt.
        byte[] engineId = seen.engineId() != null ? seen.engineId() : v3EngineId;
        if (engineId != null) {
          result =
              new ProbeResult(
                  result.address(),
                  result.status(),
                  result.system(),
                  result.inventory().withEngineId(engineId),
                  result.version(),
                  result.credential(),
                  result.polledAt(),
                  result.detail());
        }
      }
      results.add(result);
      active.decrementAndGet();
      LockSupport.unpark(sender);
    }

    private String v3Labels() {
      List<String> labels = new java.util.ArrayList<>();
      for (Credential c : settings.credentials()) {
        if (c instanceof UsmCredential) {
          labels.add("'" + c.label() + "'");
        }
      }
      return String.join(", ", labels);
    }

    private void deliver() {
      List<ProbeResult> batch = new java.util.ArrayList<>(1024);
      while (true) {
        try {
          batch.add(results.take());
        } catch (InterruptedException e) {
          return;
        }
        results.drainTo(batch, 4096); // one wake-up for a burst of timeouts, not one per target
        for (ProbeResult r : batch) {
          if (r == END) {
            return;
          }
          if (sinkFailure.get() == null) {
            try {
              sink.accept(r);
            } catch (RuntimeException e) {
              sinkFailure.set(e);
            }
          }
        }
        batch.clear();
      }
    }
  }

  private record InFlight(DeviceProbe probe, Request request) {}

  /**
   * A fast-path GET in flight. Identity matters: the map and the deadline queue hold the same
   * object.
   */
  private static final class FastPending {
    final int id;
    final InFlight inFlight;
    final byte[] community;
    final long deadline;

    FastPending(int id, InFlight inFlight, byte[] community, long deadline) {
      this.id = id;
      this.inFlight = inFlight;
      this.community = community;
      this.deadline = deadline;
    }
  }

  private static final ProbeResult END =
      ProbeResult.noResponse(
          InetAddress.getLoopbackAddress(), java.time.Instant.EPOCH, "end of sweep");
}
