package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.SnmpVersion;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sweep's hot path: datagrams encoded here and sent straight on the session's socket, without
 * SNMP4J's per-request bookkeeping. That is the system GET of v1/v2c (a pre-encoded template with
 * the request id patched in, registered with {@link PendingGets} for matching and its deadline) and
 * the credential-less SNMPv3 engine discovery. Only the sending thread calls it; nothing here
 * allocates per packet once a run's few templates exist.
 */
final class RawSender {
  private final SweepTransport transport;
  private final int port;
  private final PendingGets pending;

  /** Encoded GET templates by (version, profile, objects): a sweep uses only a handful. */
  private final Map<List<Object>, FastGet> templates = new HashMap<>();

  /** The system GETs of the FIND phase, by profile and version, found by index. */
  private FastGet[] findTemplates = new FastGet[2];

  /** Community bytes by profile, copied once per run rather than once per packet. */
  private byte[][] secrets = new byte[1][];

  /** Random starts, so two runs' ids differ. */
  private int nextRequestId = FastGet.MIN_REQUEST_ID + new Random().nextInt(1 << 30);

  private int discoveryId = new Random().nextInt(1 << 30);

  /** GETs are registered with {@code pending}, which holds their timeout. */
  RawSender(SweepTransport transport, int port, PendingGets pending) {
    this.transport = transport;
    this.port = port;
    this.pending = pending;
  }

  /**
   * Sends a v1/v2c GET with the configured timeout. When the send fails the GET is withdrawn and
   * the exception thrown, unless a reply already claimed it (then there is nothing to fail).
   */
  void sendGet(InFlight f, Community community) throws IOException {
    Request request = f.request();
    int id = nextRequestId;
    nextRequestId = id == Integer.MAX_VALUE ? FastGet.MIN_REQUEST_ID : id + 1;
    byte[] secret = secret(request.profileIndex(), community);
    FastGet template = template(request, secret);
    PendingGets.Pending p = pending.add(id, f, secret);
    try {
      // The template's own buffer, patched in place: the send copies it before it returns.
      transport.sendRaw(f.probe().socketAddress(port), template.patched(id));
    } catch (IOException | RuntimeException e) {
      if (pending.cancel(p)) {
        throw e;
      }
    }
  }

  /**
   * Sends the credential-less SNMPv3 discovery to the probe's address, in the same round as its
   * community request: the sweep gains a packet, not a timeout wait. Its reply is read by {@link
   * ReplyWatch}, not matched to a request.
   */
  void sendDiscovery(InFlight f) throws IOException {
    discoveryId = discoveryId == Integer.MAX_VALUE ? 1 : discoveryId + 1;
    transport.sendRaw(
        f.probe().socketAddress(port), EngineDiscovery.message(discoveryId, discoveryId));
  }

  private byte[] secret(int profileIndex, Community community) {
    if (profileIndex >= secrets.length) {
      secrets = Arrays.copyOf(secrets, profileIndex + 1);
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
        findTemplates = Arrays.copyOf(findTemplates, slot + 1);
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
}
