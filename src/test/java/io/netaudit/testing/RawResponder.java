package io.netaudit.testing;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.smi.VariableBinding;

/**
 * A fake SNMP agent at the datagram level, for faults SNMP4J's own agent cannot produce: it decodes
 * each GET with SNMP4J's BER classes and answers with whatever bytes its {@link Behavior} returns,
 * from the asked address or from another bound address, now or later, once or several times. One
 * selector thread serves every address; delayed replies go through one scheduler. It binds loopback
 * addresses only, and every thread is a daemon stopped by {@link #close()}.
 */
public final class RawResponder implements AutoCloseable {
  /**
   * A decoded request as the responder saw it. {@code seen} counts requests to this address, from
   * 1.
   */
  public record Request(InetAddress to, int version, byte[] community, PDU pdu, int seen) {
    public int requestId() {
      return pdu.getRequestID().getValue();
    }

    public List<String> oids() {
      List<String> out = new ArrayList<>();
      for (VariableBinding vb : pdu.getVariableBindings()) {
        out.add(vb.getOid().toDottedString());
      }
      return out;
    }

    public boolean isV1() {
      return version == 0;
    }
  }

  /** One datagram to send back; {@code from} null means the asked address. */
  public record Reply(byte[] bytes, InetAddress from, long delayMillis) {
    public static Reply of(byte[] bytes) {
      return new Reply(bytes, null, 0);
    }

    public Reply from(InetAddress other) {
      return new Reply(bytes, other, delayMillis);
    }

    public Reply after(long millis) {
      return new Reply(bytes, from, millis);
    }
  }

  @FunctionalInterface
  public interface Behavior {
    List<Reply> answer(Request request);

    Behavior SILENT = r -> List.of();
  }

  private final Map<InetAddress, DatagramChannel> channels;
  private final Map<InetAddress, Behavior> behaviors;
  private final Map<InetAddress, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final AtomicLong repliesSent = new AtomicLong();
  private final AtomicLong undecodableRequests = new AtomicLong();
  private final Selector selector;
  private final ScheduledExecutorService later;
  private final Thread loop;
  private final int port;
  private volatile boolean closed;

  private RawResponder(
      Map<InetAddress, DatagramChannel> channels,
      Map<InetAddress, Behavior> behaviors,
      Selector selector,
      int port) {
    this.channels = channels;
    this.behaviors = behaviors;
    this.selector = selector;
    this.port = port;
    this.later = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "raw-responder-later"));
    this.loop = daemon(this::serve, "raw-responder");
    loop.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Binds every address of {@code behaviors} and of {@code sendOnly} (addresses that only send
   * spoofed replies) on {@code port}, or on one free port shared by all when it is 0.
   */
  public static RawResponder start(
      Map<InetAddress, Behavior> behaviors, List<InetAddress> sendOnly, int port)
      throws IOException {
    List<InetAddress> all = new ArrayList<>(behaviors.keySet());
    for (InetAddress a : sendOnly) {
      if (!behaviors.containsKey(a)) {
        all.add(a);
      }
    }
    for (InetAddress a : all) {
      if (!a.isLoopbackAddress()) {
        throw new IllegalArgumentException("raw responders live on loopback only: " + a);
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no address");
    }
    IOException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      Map<InetAddress, DatagramChannel> bound = new LinkedHashMap<>();
      Selector selector = Selector.open();
      try {
        int chosen = port;
        for (InetAddress a : all) {
          DatagramChannel ch = DatagramChannel.open();
          bound.put(a, ch);
          ch.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
          ch.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
          ch.bind(new InetSocketAddress(a, chosen));
          chosen = ((InetSocketAddress) ch.getLocalAddress()).getPort();
          ch.configureBlocking(false);
          if (behaviors.containsKey(a)) {
            ch.register(selector, SelectionKey.OP_READ, a);
          }
        }
        return new RawResponder(bound, new HashMap<>(behaviors), selector, chosen);
      } catch (BindException e) {
        last = e;
        for (DatagramChannel ch : bound.values()) {
          ch.close();
        }
        selector.close();
        if (port != 0) {
          break;
        }
      }
    }
    throw last;
  }

  public static RawResponder start(Map<InetAddress, Behavior> behaviors, int port)
      throws IOException {
    return start(behaviors, List.of(), port);
  }

  public int port() {
    return port;
  }

  public int requestsSeen(InetAddress address) {
    AtomicInteger n = seen.get(address);
    return n == null ? 0 : n.get();
  }

  public long repliesSent() {
    return repliesSent.get();
  }

  public long undecodableRequests() {
    return undecodableRequests.get();
  }

  private void serve() {
    ByteBuffer buf = ByteBuffer.allocate(65_536);
    while (!closed) {
      try {
        selector.select(200);
        for (SelectionKey key : selector.selectedKeys()) {
          DatagramChannel ch = (DatagramChannel) key.channel();
          InetAddress local = (InetAddress) key.attachment();
          while (true) {
            buf.clear();
            SocketAddress peer = ch.receive(buf);
            if (peer == null) {
              break;
            }
            buf.flip();
            byte[] data = new byte[buf.remaining()];
            buf.get(data);
            handle(local, peer, data);
          }
        }
        selector.selectedKeys().clear();
      } catch (ClosedChannelException | java.nio.channels.ClosedSelectorException e) {
        return;
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void handle(InetAddress local, SocketAddress peer, byte[] data) {
    Request request;
    int n = seen.computeIfAbsent(local, a -> new AtomicInteger()).incrementAndGet();
    try {
      BERInputStream in = new BERInputStream(ByteBuffer.wrap(data));
      BER.MutableByte type = new BER.MutableByte();
      BER.decodeHeader(in, type);
      int version = BER.decodeInteger(in, type);
      byte[] community = BER.decodeString(in, type);
      PDU pdu = version == 0 ? new PDUv1() : new PDU();
      pdu.decodeBER(in);
      request = new Request(local, version, community, pdu, n);
    } catch (IOException | RuntimeException e) {
      undecodableRequests.incrementAndGet();
      return;
    }
    List<Reply> replies;
    try {
      replies = behaviors.get(local).answer(request);
    } catch (RuntimeException e) {
      e.printStackTrace(); // a broken test behaviour: visible in the surefire output
      return;
    }
    for (Reply r : replies) {
      DatagramChannel from = channels.get(r.from() == null ? local : r.from());
      if (from == null) {
        throw new IllegalStateException("reply from an address that is not bound: " + r.from());
      }
      if (r.delayMillis() <= 0) {
        send(from, r.bytes(), peer);
      } else {
        later.schedule(() -> send(from, r.bytes(), peer), r.delayMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  private void send(DatagramChannel ch, byte[] bytes, SocketAddress to) {
    try {
      if (ch.send(ByteBuffer.wrap(bytes), to) > 0) {
        repliesSent.incrementAndGet();
      }
    } catch (IOException e) {
      // manager gone or responder closing: nothing to do in a simulator
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    later.shutdownNow();
    selector.wakeup();
    try {
      loop.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (DatagramChannel ch : channels.values()) {
      ch.close();
    }
    selector.close();
  }

  // ------------------------------------------------------------------ well-formed answers

  public static final String DESCR = "1.3.6.1.2.1.1.1.0";
  public static final String OBJECT_ID = "1.3.6.1.2.1.1.2.0";
  public static final String UPTIME = "1.3.6.1.2.1.1.3.0";
  public static final String CONTACT = "1.3.6.1.2.1.1.4.0";
  public static final String NAME = "1.3.6.1.2.1.1.5.0";
  public static final String LOCATION = "1.3.6.1.2.1.1.6.0";
  public static final String SERVICES = "1.3.6.1.2.1.1.7.0";

  /** Encoded values of the system group, keyed by dotted OID. */
  public static Map<String, byte[]> system(byte[] descr, String objectId, String name) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put(DESCR, Ber.octets(descr));
    m.put(OBJECT_ID, Ber.oid(objectId));
    m.put(UPTIME, Ber.timeTicks(123456));
    m.put(CONTACT, Ber.octets("noc@example.net"));
    m.put(NAME, Ber.octets(name));
    m.put(LOCATION, Ber.octets("Rack 1"));
    m.put(SERVICES, Ber.integer(6));
    return m;
  }

  public static Map<String, byte[]> system(String descr, String objectId, String name) {
    return system(descr.getBytes(StandardCharsets.UTF_8), objectId, name);
  }

  /** The varbinds a correct agent returns for this request (v2c exceptions for missing objects). */
  public static byte[][] varbinds(Request r, Map<String, byte[]> values) {
    List<String> oids = r.oids();
    byte[][] vbs = new byte[oids.size()][];
    for (int i = 0; i < oids.size(); i++) {
      byte[] v = values.get(oids.get(i));
      vbs[i] = Ber.varbind(oids.get(i), v != null ? v : Ber.exception(Ber.NO_SUCH_OBJECT));
    }
    return vbs;
  }

  /** The message a correct agent sends back: same version, community and request id. */
  public static byte[] answer(Request r, Map<String, byte[]> values) {
    return Ber.message(
        r.version(),
        r.community(),
        Ber.pdu(Ber.GET_RESPONSE, Ber.integer(r.requestId()), 0, 0, varbinds(r, values)));
  }

  /** A correct agent, both v1 and v2c. */
  public static Behavior agent(Map<String, byte[]> values) {
    return r -> List.of(Reply.of(answer(r, values)));
  }
}
