package io.netaudit.scan;

import static io.netaudit.scan.SweepHarness.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.testing.Ber;
import io.netaudit.testing.RawResponder;
import io.netaudit.testing.RawResponder.Behavior;
import io.netaudit.testing.RawResponder.Reply;
import io.netaudit.testing.RawResponder.Request;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sweep engine against hand-made replies over real UDP on 127.0.50.0/24: every kind of broken,
 * misattributed or hostile reply ends its target in exactly one state, is never attributed to an
 * address that was not asked, and never stops the other targets.
 */
@Timeout(20)
class RawFaultSweepTest {
  private static final InetAddress SPOOFER = ip("127.0.51.6");
  private static final byte[] HOSTILE = {
    'c',
    'o',
    'r',
    'e',
    0,
    ' ',
    0x1b,
    '[',
    '2',
    'J',
    ' ',
    (byte) 0xff,
    (byte) 0xfe,
    ' ',
    (byte) 0xc3,
    (byte) 0xa9,
    '\r',
    '\n',
    'x'
  };
  private static final String BIG_OID;
  private static final String TOO_LONG_OID;

  static {
    // 127 sub-ids is SNMP4J's maximum (BER.MAX_OID_LENGTH); 128 is one more. Both end in 2^32-1.
    StringBuilder b = new StringBuilder("1.3.6.1.4.1.9");
    for (int i = 7; i < 126; i++) {
      b.append(".").append(i);
    }
    b.append(".4294967295");
    BIG_OID = b.toString();
    TOO_LONG_OID = BIG_OID + ".4294967295";
  }

  private record Case(String name, Behavior behavior, Consumer<ProbeResult> check) {}

  private static final Map<String, byte[]> SYSTEM =
      RawResponder.system("Healthy agent", "1.3.6.1.4.1.9.1.1", "ok");

  private static byte[] reply(Request r, byte[] requestId, Map<String, byte[]> values) {
    return Ber.message(
        r.version(),
        r.community(),
        Ber.pdu(Ber.GET_RESPONSE, requestId, 0, 0, RawResponder.varbinds(r, values)));
  }

  private static Behavior bytes(java.util.function.Function<Request, byte[]> f) {
    return r -> List.of(Reply.of(f.apply(r)));
  }

  private static Consumer<ProbeResult> status(ProbeStatus expected) {
    return p -> assertThat(p.status()).as(p.detail()).isEqualTo(expected);
  }

  private static Consumer<ProbeResult> error(String detailPart) {
    return p -> {
      assertThat(p.status()).as(p.detail()).isEqualTo(ProbeStatus.ERROR);
      assertThat(p.detail()).contains(detailPart);
    };
  }

  private static final List<Case> CASES = new ArrayList<>();

  @BeforeAll
  static void cases() {
    CASES.clear();
    CASES.add(
        new Case(
            "healthy control",
            RawResponder.agent(SYSTEM),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().text()).isEqualTo("Healthy agent");
            }));
    CASES.add(new Case("silent", Behavior.SILENT, status(ProbeStatus.NO_RESPONSE)));
    CASES.add(
        new Case(
            "garbage",
            bytes(r -> "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
            error("")));
    CASES.add(
        new Case(
            "truncated",
            bytes(
                r -> {
                  byte[] full = RawResponder.answer(r, SYSTEM);
                  return Arrays.copyOf(full, full.length / 2);
                }),
            error("")));
    CASES.add(
        new Case(
            "bad inner length",
            bytes(
                r -> {
                  // varbind list claims one byte more than it holds; the outer lengths are
                  // consistent
                  byte[] content = Ber.cat(RawResponder.varbinds(r, SYSTEM));
                  byte[] broken =
                      Ber.cat(new byte[] {0x30}, Ber.length(content.length + 1), content);
                  return Ber.message(
                      r.version(),
                      r.community(),
                      Ber.tlv(
                          Ber.GET_RESPONSE,
                          Ber.integer(r.requestId()),
                          Ber.integer(0),
                          Ber.integer(0),
                          broken));
                }),
            error("undecodable")));
    CASES.add(
        new Case(
            "indefinite length",
            bytes(
                r -> {
                  byte[] inner =
                      Ber.cat(
                          Ber.integer(r.version()),
                          Ber.octets(r.community()),
                          Ber.pdu(
                              Ber.GET_RESPONSE,
                              Ber.integer(r.requestId()),
                              0,
                              0,
                              RawResponder.varbinds(r, SYSTEM)));
                  return Ber.cat(new byte[] {0x30, (byte) 0x80}, inner, new byte[] {0, 0});
                }),
            error("undecodable")));
    CASES.add(
        new Case(
            "unknown version 7",
            bytes(
                r ->
                    Ber.message(
                        7,
                        r.community(),
                        Ber.pdu(
                            Ber.GET_RESPONSE,
                            Ber.integer(r.requestId()),
                            0,
                            0,
                            RawResponder.varbinds(r, SYSTEM)))),
            error("unknown SNMP version 7")));
    CASES.add(
        new Case(
            "wrong request id",
            bytes(r -> reply(r, Ber.integer(r.requestId() + 1L), SYSTEM)),
            status(ProbeStatus.NO_RESPONSE)));
    CASES.add(
        new Case(
            "reply from another address",
            r -> List.of(Reply.of(RawResponder.answer(r, SYSTEM)).from(SPOOFER)),
            status(ProbeStatus.NO_RESPONSE)));
    CASES.add(
        new Case(
            "wrong community",
            bytes(
                r ->
                    Ber.message(
                        r.version(),
                        "privat3".getBytes(StandardCharsets.US_ASCII),
                        Ber.pdu(
                            Ber.GET_RESPONSE,
                            Ber.integer(r.requestId()),
                            0,
                            0,
                            RawResponder.varbinds(r, SYSTEM)))),
            status(ProbeStatus.NO_RESPONSE)));
    CASES.add(
        new Case(
            "wrong version",
            bytes(
                r ->
                    Ber.message(
                        1 - r.version(),
                        r.community(),
                        Ber.pdu(
                            Ber.GET_RESPONSE,
                            Ber.integer(r.requestId()),
                            0,
                            0,
                            RawResponder.varbinds(r, SYSTEM)))),
            status(ProbeStatus.NO_RESPONSE)));
    CASES.add(
        new Case(
            "duplicates",
            r -> {
              byte[] b = RawResponder.answer(r, SYSTEM);
              return List.of(Reply.of(b), Reply.of(b), Reply.of(b));
            },
            status(ProbeStatus.ANSWERED)));
    CASES.add(
        new Case(
            "non-minimal request id, 4 bytes",
            bytes(r -> reply(r, Ber.integerWidth(r.requestId(), 4), SYSTEM)),
            status(ProbeStatus.ANSWERED)));
    CASES.add(
        new Case(
            "request id with 5 content bytes",
            bytes(
                r ->
                    reply(
                        r,
                        Ber.tlv(
                            Ber.INTEGER,
                            Ber.cat(
                                new byte[] {0},
                                Arrays.copyOfRange(Ber.integerWidth(r.requestId(), 4), 2, 6))),
                        SYSTEM)),
            error("undecodable")));
    CASES.add(
        new Case(
            "tooBig always",
            bytes(
                r ->
                    Ber.message(
                        r.version(),
                        r.community(),
                        Ber.pdu(
                            Ber.GET_RESPONSE,
                            Ber.integer(r.requestId()),
                            1,
                            0,
                            RawResponder.varbinds(r, Map.of())))),
            error("tooBig")));
    CASES.add(
        new Case(
            "genErr",
            bytes(
                r ->
                    Ber.message(
                        r.version(),
                        r.community(),
                        Ber.pdu(
                            Ber.GET_RESPONSE,
                            Ber.integer(r.requestId()),
                            5,
                            1,
                            RawResponder.varbinds(r, SYSTEM)))),
            error("genErr")));
    CASES.add(
        new Case(
            "noSuchObject / noSuchInstance / endOfMibView values",
            bytes(
                r -> {
                  Map<String, byte[]> v = new LinkedHashMap<>(SYSTEM);
                  v.put(RawResponder.DESCR, Ber.exception(Ber.NO_SUCH_OBJECT));
                  v.put(RawResponder.NAME, Ber.exception(Ber.NO_SUCH_INSTANCE));
                  v.put(RawResponder.LOCATION, Ber.exception(Ber.END_OF_MIB_VIEW));
                  return reply(r, Ber.integer(r.requestId()), v);
                }),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().isEmpty()).isTrue();
              assertThat(p.system().name().isEmpty()).isTrue();
              assertThat(p.system().location().isEmpty()).isTrue();
              assertThat(p.system().objectId()).isEqualTo("1.3.6.1.4.1.9.1.1");
            }));
    CASES.add(
        new Case(
            "OID of 127 sub-ids ending in 2^32-1",
            bytes(
                r -> {
                  Map<String, byte[]> v = new LinkedHashMap<>(SYSTEM);
                  v.put(RawResponder.OBJECT_ID, Ber.oid(BIG_OID));
                  return reply(r, Ber.integer(r.requestId()), v);
                }),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().objectId()).isEqualTo(BIG_OID);
            }));
    CASES.add(
        new Case(
            "OID of 128 sub-ids",
            bytes(
                r -> {
                  Map<String, byte[]> v = new LinkedHashMap<>(SYSTEM);
                  v.put(RawResponder.OBJECT_ID, Ber.oid(TOO_LONG_OID));
                  return reply(r, Ber.integer(r.requestId()), v);
                }),
            p -> {
              // SNMP4J decodes it (its 127 limit is on encoding), so the device is answered with
              // the full id
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().objectId()).isEqualTo(TOO_LONG_OID);
            }));
    CASES.add(
        new Case(
            "64 KiB-class sysDescr",
            bytes(
                r -> {
                  Map<String, byte[]> v = new LinkedHashMap<>(SYSTEM);
                  v.put(RawResponder.DESCR, Ber.octets("D".repeat(65_000)));
                  return reply(r, Ber.integer(r.requestId()), v);
                }),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().text()).hasSize(65_000);
            }));
    CASES.add(
        new Case(
            "NUL, ESC and non-UTF-8 bytes in sysDescr",
            bytes(
                r -> {
                  Map<String, byte[]> v = new LinkedHashMap<>(SYSTEM);
                  v.put(RawResponder.DESCR, Ber.octets(HOSTILE));
                  return reply(r, Ber.integer(r.requestId()), v);
                }),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().raw()).isEqualTo(HOSTILE);
              assertThat(p.system().descr().isUtf8()).isFalse();
            }));
    CASES.add(
        new Case(
            "formula prefixes",
            bytes(
                r -> {
                  Map<String, byte[]> v = new LinkedHashMap<>(SYSTEM);
                  v.put(RawResponder.DESCR, Ber.octets("=HYPERLINK(\"http://x\",\"y\")"));
                  v.put(RawResponder.NAME, Ber.octets("@SUM(1+1)"));
                  v.put(RawResponder.LOCATION, Ber.octets("-2+3"));
                  return reply(r, Ber.integer(r.requestId()), v);
                }),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().text())
                  .isEqualTo("=HYPERLINK(\"http://x\",\"y\")"); // raw here, cleaned in CSV
              assertThat(p.system().name().text()).isEqualTo("@SUM(1+1)");
            }));
    CASES.add(
        new Case(
            "varbinds in reverse order",
            bytes(
                r -> {
                  List<byte[]> vbs =
                      new ArrayList<>(Arrays.asList(RawResponder.varbinds(r, SYSTEM)));
                  java.util.Collections.reverse(vbs);
                  return Ber.message(
                      r.version(),
                      r.community(),
                      Ber.pdu(
                          Ber.GET_RESPONSE,
                          Ber.integer(r.requestId()),
                          0,
                          0,
                          vbs.toArray(new byte[0][])));
                }),
            p -> {
              assertThat(p.status()).isEqualTo(ProbeStatus.ANSWERED);
              assertThat(p.system().descr().text()).isEqualTo("Healthy agent");
              assertThat(p.system().objectId()).isEqualTo("1.3.6.1.4.1.9.1.1");
              assertThat(p.system().name().text()).isEqualTo("ok");
            }));
  }

  @Test
  void everyFaultEndsInExactlyOneStateAndNoReplyIsMisattributed() throws Exception {
    Map<InetAddress, Behavior> behaviors = new LinkedHashMap<>();
    List<InetAddress> targets = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      InetAddress a = SweepHarness.ip(50, i + 1);
      behaviors.put(a, CASES.get(i).behavior());
      targets.add(a);
    }
    try (RawResponder net = RawResponder.start(behaviors, List.of(SPOOFER), 0)) {
      SweepHarness.Outcome out =
          SweepHarness.sweep(SweepHarness.settings(net.port(), 200, 1), targets);

      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < CASES.size(); i++) {
        Case c = CASES.get(i);
        ProbeResult p = out.get(targets.get(i));
        soft.check(
            () -> {
              try {
                c.check().accept(p);
              } catch (AssertionError e) {
                throw new AssertionError(
                    c.name() + " (" + p.status() + ", " + p.detail() + "): " + e.getMessage(), e);
              }
            });
      }
      soft.assertAll();
      assertThat(out.results()).doesNotContainKey(SPOOFER);
      // duplicates, wrong ids, wrong community/version and the spoofed replies are all unmatched
      assertThat(out.stats().unmatchedReplies()).isGreaterThanOrEqualTo(2 + 2 + 2 + 2 + 2);
      assertThat(out.stats().undecodableReplies()).isGreaterThanOrEqualTo(7);
    }
  }
}
