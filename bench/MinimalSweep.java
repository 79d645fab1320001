import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The floor of a Java sweeper on this machine: the least a JVM can do for bench/sweep-bench.py's
 * fast path (one SNMPv2c GET of sysDescr.0 per address, paced, one timeout for all, retries as
 * attempts time out) and nothing else: no command line parsing, no catalogue, no identification,
 * no report. It tells which part of netaudit's distance to the C reference sweeper is the JVM's own
 * (start-up, JIT, a send through the JDK) and which is netaudit's.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp DIR MinimalSweep HOSTS PORT
 * RATE TIMEOUT_MS RETRIES} (HOSTS: one IPv4 address per line). Prints the addresses that answered
 * on stdout, and a one-line summary on stderr. Loopback only, like every benchmark here.
 */
public final class MinimalSweep {
  private static final int FIRST_ID = 1 << 24;

  private MinimalSweep() {}

  private static int indexOf(byte[] a, byte[] part) {
    for (int i = 0; i + part.length <= a.length; i++) {
      if (java.util.Arrays.equals(a, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new IllegalStateException("request id not found");
  }

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int port = Integer.parseInt(args[1]);
    double rate = Double.parseDouble(args[2]);
    long timeout = Long.parseLong(args[3]) * 1_000_000L;
    int attempts = Integer.parseInt(args[4]) + 1;
    InetSocketAddress[] targets =
        lines.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> new InetSocketAddress(parse(s), port))
            .toArray(InetSocketAddress[]::new);
    for (InetSocketAddress t : targets) {
      if (!t.getAddress().isLoopbackAddress()) {
        throw new IllegalArgumentException("loopback only: " + t);
      }
    }
    AtomicIntegerArray answered = new AtomicIntegerArray(targets.length);
    DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
    channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread receiver = new Thread(() -> receive(channel, answered, targets.length), "receive");
    receiver.setDaemon(true);
    receiver.start();

    byte[] template = getSysDescr();
    int idAt = indexOf(template, new byte[] {0x02, 0x04, 0x40, 0, 0, 0}) + 2;
    ByteBuffer packet = ByteBuffer.allocateDirect(template.length);
    long[] deadline = new long[targets.length];
    int[] sent = new int[targets.length];
    ArrayDeque<Integer> waiting = new ArrayDeque<>();
    double tokens = 1;
    long last = System.nanoTime();
    long packets = 0;
    int next = 0;
    while (next < targets.length || !waiting.isEmpty()) {
      long now = System.nanoTime();
      tokens = Math.min(rate / 100, tokens + (now - last) * rate / 1e9);
      last = now;
      if (tokens < 1) {
        java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        continue;
      }
      int i = -1;
      Integer head = waiting.peek();
      if (head != null && deadline[head] <= now) {
        waiting.poll();
        if (answered.get(head) != 0 || sent[head] >= attempts) {
          continue; // answered, or its last attempt is over
        }
        i = head;
      } else if (next < targets.length) {
        i = next++;
      } else {
        java.util.concurrent.locks.LockSupport.parkNanos(
            Math.max(20_000, head == null ? 0 : deadline[head] - now));
        continue;
      }
      int id = FIRST_ID + i; // four octets in minimal BER, as agents expect
      template[idAt] = (byte) (id >>> 24);
      template[idAt + 1] = (byte) (id >>> 16);
      template[idAt + 2] = (byte) (id >>> 8);
      template[idAt + 3] = (byte) id;
      packet.clear();
      packet.put(template).flip();
      channel.send(packet, targets[i]);
      packets++;
      tokens--;
      sent[i]++;
      deadline[i] = System.nanoTime() + timeout;
      waiting.add(i);
    }
    int found = 0;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < targets.length; i++) {
      if (answered.get(i) != 0) {
        found++;
        out.append(targets[i].getAddress().getHostAddress()).append('\n');
      }
    }
    System.out.print(out);
    System.err.printf(
        "MinimalSweep: %d targets, %d answered, %d packets, %.2f s%n",
        targets.length, found, packets, (System.nanoTime() - start) / 1e9);
    channel.close(); // a thread blocked in receive would hold the JVM's exit for 0.35 s
  }

  private static InetAddress parse(String s) {
    String[] p = s.split("\\.");
    byte[] b = new byte[4];
    for (int i = 0; i < 4; i++) {
      b[i] = (byte) Integer.parseInt(p[i]);
    }
    try {
      return Inet4Address.getByAddress(b);
    } catch (IOException e) {
      throw new IllegalArgumentException(s, e);
    }
  }

  /** Marks the request id (the target's index) of every GetResponse from public. */
  private static void receive(DatagramChannel channel, AtomicIntegerArray answered, int n) {
    ByteBuffer buf = ByteBuffer.allocateDirect(65_535);
    while (true) {
      try {
        buf.clear();
        channel.receive(buf);
        buf.flip();
        int id = requestId(buf) - FIRST_ID;
        if (id >= 0 && id < n) {
          answered.set(id, 1);
        }
      } catch (IOException | RuntimeException e) {
        return;
      }
    }
  }

  /** The request id of a v1/v2c message, or -1. */
  private static int requestId(ByteBuffer b) {
    skipHeader(b); // SEQUENCE
    skipValue(b); // version
    skipValue(b); // community
    skipHeader(b); // PDU
    b.get(); // INTEGER tag
    int len = length(b);
    int v = 0;
    for (int k = 0; k < len; k++) {
      v = (v << 8) | (b.get() & 0xff);
    }
    return v;
  }

  private static void skipHeader(ByteBuffer b) {
    b.get();
    length(b);
  }

  private static void skipValue(ByteBuffer b) {
    b.get();
    int len = length(b);
    b.position(b.position() + len);
  }

  private static int length(ByteBuffer b) {
    int first = b.get() & 0xff;
    if (first < 0x80) {
      return first;
    }
    int len = 0;
    for (int k = 0; k < (first & 0x7f); k++) {
      len = (len << 8) | (b.get() & 0xff);
    }
    return len;
  }

  /**
   * SNMPv2c GET of sysDescr.0, community "public", with a four-octet request id (patched per
   * packet) followed by error-status 0, error-index 0 and the one binding.
   */
  private static byte[] getSysDescr() {
    byte[] oid = {0x2b, 6, 1, 2, 1, 1, 1, 0};
    byte[] binding = concat(tlv(0x06, oid), new byte[] {0x05, 0x00});
    byte[] bindings = tlv(0x30, tlv(0x30, binding));
    byte[] pdu =
        tlv(
            0xa0,
            concat(
                new byte[] {0x02, 0x04, 0x40, 0, 0, 0},
                new byte[] {0x02, 0x01, 0x00, 0x02, 0x01, 0x00},
                bindings));
    return tlv(
        0x30,
        concat(new byte[] {0x02, 0x01, 0x01}, tlv(0x04, "public".getBytes()), pdu));
  }

  private static byte[] tlv(int tag, byte[] value) {
    return concat(new byte[] {(byte) tag, (byte) value.length}, value);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
