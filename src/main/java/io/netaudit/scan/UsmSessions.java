package io.netaudit.scan;

import io.netaudit.snmp.Credential;
import io.netaudit.snmp.UsmCredential;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmTimeTable;
import org.snmp4j.security.UsmUser;
import org.snmp4j.security.nonstandard.PrivAES192With3DESKeyExtension;
import org.snmp4j.security.nonstandard.PrivAES256With3DESKeyExtension;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OctetString;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * One SNMP4J session (own socket, own message dispatcher holding only an MPv3, own USM) per SNMPv3
 * credential profile, never SNMP4J's global {@code SecurityModels} instance: the same user name
 * with different passphrases in two profiles must not collide in one user table (OpenNMS's rule:
 * one Snmp + USM per profile).
 *
 * <p>What the sessions of one sweep share, because it does not depend on the user: the cache of
 * authoritative engine IDs by address and the USM time table by engine ID. So engine discovery (one
 * round trip, plus one for a time-window resync) happens once per host per run, whichever profile
 * asks first; key localisation (a 1 MiB digest per passphrase) happens once per (profile, engine
 * ID), inside each USM.
 */
final class UsmSessions implements AutoCloseable {
  private static final int RECEIVE_BUFFER_BYTES = 4 << 20;
  private static volatile SecurityProtocols protocols;

  private final Snmp[] byProfile;
  private final USM[] usms;
  private final List<Snmp> open = new ArrayList<>();
  private final Map<Address, OctetString> engineIds = new ConcurrentHashMap<>();
  private final AtomicLong sessions = new AtomicLong();
  private final Map<Refusal, AuthFailure> refusals = new ConcurrentHashMap<>();

  private record Refusal(int profile, java.net.InetAddress address) {}

  /** The refusal report seen from {@code address} for this profile since the last call, or null. */
  AuthFailure takeRefusal(int profile, java.net.InetAddress address) {
    return refusals.isEmpty() ? null : refusals.remove(new Refusal(profile, address));
  }

  private UsmSessions(int size) {
    byProfile = new Snmp[size];
    usms = new USM[size];
  }

  /**
   * The protocol registry every session uses: SNMP4J's defaults (MD5, SHA-1, SHA-2 HMACs, DES,
   * 3DES, AES 128/192/256) plus the 3DES key-extension AES variants. Built once per JVM: it is
   * expensive and synchronized.
   */
  static SecurityProtocols protocols() {
    SecurityProtocols p = protocols;
    if (p == null) {
      synchronized (UsmSessions.class) {
        p = protocols;
        if (p == null) {
          p = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
          p.addDefaultProtocols();
          p.addPrivacyProtocol(new PrivAES192With3DESKeyExtension());
          p.addPrivacyProtocol(new PrivAES256With3DESKeyExtension());
          protocols = p;
        }
      }
    }
    return p;
  }

  /**
   * Opens a session for each SNMPv3 profile in {@code credentials}; other indexes stay empty. Each
   * key SNMP4J localises from a passphrase goes to {@code secrets} (the log masker).
   */
  static UsmSessions open(List<? extends Credential> credentials, Consumer<byte[]> secrets)
      throws IOException {
    UsmSessions s = new UsmSessions(credentials.size());
    UsmTimeTable times = null;
    byte[] localEngineId = MPv3.createLocalEngineID();
    try {
      for (int i = 0; i < credentials.size(); i++) {
        if (!(credentials.get(i) instanceof UsmCredential)) {
          continue;
        }
        UsmCredential c = (UsmCredential) credentials.get(i);
        USM usm = usm(localEngineId, times);
        if (times == null) {
          times = usm.getTimeTable();
        }
        // Localised keys are secrets too: the log masker learns each one as SNMP4J derives it.
        usm.addUsmUserListener(
            event -> {
              if (event.getUser() != null) {
                learn(secrets, event.getUser().getAuthenticationKey());
                learn(secrets, event.getUser().getPrivacyKey());
              }
            });
        usm.addUser(new OctetString(c.user()), user(c));
        MessageDispatcherImpl dispatcher = s.dispatcher(usm, localEngineId);
        DefaultUdpTransportMapping transport = s.transport(i);
        Snmp snmp = new Snmp(dispatcher, transport);
        s.open.add(snmp);
        snmp.listen();
        s.byProfile[i] = snmp;
        s.usms[i] = usm;
        s.sessions.incrementAndGet();
      }
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** A USM of its own for one profile; every one after the first shares the first's time table. */
  private static USM usm(byte[] localEngineId, UsmTimeTable times) {
    if (times == null) {
      return new USM(protocols(), new OctetString(localEngineId), 0);
    }
    return new USM(
        protocols(),
        new OctetString(localEngineId),
        0,
        org.snmp4j.mp.CounterSupport.getInstance(),
        new org.snmp4j.security.UsmUserTable(),
        times);
  }

  /** A dispatcher whose only model is an MPv3 over {@code usm} and this run's engine ID cache. */
  private MessageDispatcherImpl dispatcher(USM usm, byte[] localEngineId) {
    SecurityModels models = new SecurityModels();
    models.addSecurityModel(usm);
    MPv3 mp =
        new MPv3(
            localEngineId, null, protocols(), models, org.snmp4j.mp.CounterSupport.getInstance());
    mp.setEngineIdCacheFactory(size -> engineIds);
    MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
    dispatcher.addMessageProcessingModel(mp); // the only model: no default MPv3 with the global USM
    return dispatcher;
  }

  /** The UDP transport of one profile, noting the refusals its replies carry. */
  private DefaultUdpTransportMapping transport(int profile) throws IOException {
    DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
    transport.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
    // Before the dispatcher: sees the refusal reports SNMP4J would drop (see
    // AuthFailure.sniff).
    transport.addTransportListener(
        new org.snmp4j.transport.TransportListener() {
          @Override
          public <A extends Address> void processMessage(
              org.snmp4j.TransportMapping<? super A> source,
              A from,
              java.nio.ByteBuffer message,
              org.snmp4j.TransportStateReference state) {
            java.nio.ByteBuffer copy = message.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            AuthFailure f = AuthFailure.sniff(bytes);
            if (f != null
                && from instanceof org.snmp4j.smi.UdpAddress
                && refusals.size() < 1_000_000) {
              refusals.put(
                  new Refusal(profile, ((org.snmp4j.smi.UdpAddress) from).getInetAddress()), f);
            }
          }
        });
    return transport;
  }

  private static void learn(Consumer<byte[]> secrets, byte[] key) {
    if (key != null && key.length > 0) {
      secrets.accept(key);
    }
  }

  private static UsmUser user(UsmCredential c) {
    OctetString name = new OctetString(c.user());
    byte[] authPass = c.authPass();
    byte[] privPass = c.privPass();
    return new UsmUser(
        name,
        c.auth() == null ? null : c.auth().snmp4jId(),
        authPass == null ? null : new OctetString(authPass),
        c.priv() == null ? null : c.priv().snmp4jId(),
        privPass == null ? null : new OctetString(privPass));
  }

  /** The session of profile {@code index}, or null when that profile is not SNMPv3. */
  Snmp session(int index) {
    return byProfile[index];
  }

  boolean isEmpty() {
    return sessions.get() == 0;
  }

  /** The authoritative engine ID learnt for this address during the run, or null. */
  byte[] engineId(Address address) {
    OctetString id = engineIds.get(address);
    return id == null || id.length() == 0 ? null : id.getValue();
  }

  /** Engine IDs learnt so far (all profiles share the cache). */
  int engineIdsKnown() {
    return engineIds.size();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Snmp snmp : open) {
      try {
        snmp.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
