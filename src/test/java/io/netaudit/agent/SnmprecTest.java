package io.netaudit.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Opaque;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

class SnmprecTest {
  private static Snmprec parse(String text) throws SnmprecException {
    return Snmprec.parse("t.snmprec", text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Variable get(Snmprec r, String oid) {
    return r.mib().get(new OID(oid));
  }

  private static String text(Snmprec r, String oid) {
    return new String(((OctetString) get(r, oid)).getValue(), StandardCharsets.UTF_8);
  }

  @Test
  void everyTagBecomesItsSnmpType() throws Exception {
    Snmprec r =
        parse(
            String.join(
                "\n",
                "1.3.6.1.9.1|2|-42",
                "1.3.6.1.9.2|4|plain text",
                "1.3.6.1.9.3|5|",
                "1.3.6.1.9.4|6|1.3.6.1.4.1.2011.2.23",
                "1.3.6.1.9.5|64|10.1.2.3",
                "1.3.6.1.9.6|65|4294967295",
                "1.3.6.1.9.7|66|1000",
                "1.3.6.1.9.8|67|123456",
                "1.3.6.1.9.9|68x|9f780441",
                "1.3.6.1.9.10|70|18446744073709551615",
                ""));
    assertThat(r.objects()).isEqualTo(10);
    assertThat(r.skipped()).isZero();
    assertThat(get(r, "1.3.6.1.9.1")).isEqualTo(new Integer32(-42));
    assertThat(get(r, "1.3.6.1.9.2")).isEqualTo(new OctetString("plain text"));
    assertThat(get(r, "1.3.6.1.9.3")).isEqualTo(new Null());
    assertThat(get(r, "1.3.6.1.9.4")).isEqualTo(new OID("1.3.6.1.4.1.2011.2.23"));
    assertThat(get(r, "1.3.6.1.9.5")).isEqualTo(new IpAddress("10.1.2.3"));
    assertThat(get(r, "1.3.6.1.9.6")).isEqualTo(new Counter32(4294967295L));
    assertThat(get(r, "1.3.6.1.9.7")).isEqualTo(new Gauge32(1000));
    assertThat(get(r, "1.3.6.1.9.8")).isEqualTo(new TimeTicks(123456));
    assertThat(get(r, "1.3.6.1.9.9"))
        .isEqualTo(new Opaque(new byte[] {(byte) 0x9f, 0x78, 0x04, 0x41}));
    assertThat(get(r, "1.3.6.1.9.10")).isEqualTo(new Counter64(-1L));
  }

  @Test
  void hexAndEscapedValuesKeepTheirBytes() throws Exception {
    Snmprec r =
        parse(
            "1.3.6.1.2.1.1.1.0|4x|48656C6c6f0d0a576f726c64\n"
                + "1.3.6.1.2.1.1.5.0|4e|a\\r\\nb\\tc\\\\d\\x41\\xff\\'\\q\n"
                + "1.3.6.1.2.1.1.6.0|4|caf\u00c3\u00a9 | with bar \n"
                + "1.3.6.1.2.1.1.7.0|64x|0a000001\n");
    assertThat(get(r, "1.3.6.1.2.1.1.1.0")).isEqualTo(new OctetString("Hello\r\nWorld"));
    assertThat(((OctetString) get(r, "1.3.6.1.2.1.1.5.0")).getValue())
        .isEqualTo(
            new byte[] {'a', 13, 10, 'b', 9, 'c', '\\', 'd', 'A', (byte) 0xff, '\'', '\\', 'q'});
    assertThat(text(r, "1.3.6.1.2.1.1.6.0"))
        .as("raw bytes, only the first two bars split, trailing blank kept")
        .isEqualTo("café | with bar ");
    assertThat(get(r, "1.3.6.1.2.1.1.7.0")).isEqualTo(new IpAddress("10.0.0.1"));
  }

  @Test
  void leadingDotsCrlfCommentsBlanksAndByteOrderMarkAreAccepted() throws Exception {
    Snmprec r =
        parse(
            "\u00ef\u00bb\u00bf# recorded by hand\r\n\r\n   \r\n.1.3.6.1.2.1.1.2.0|6|.1.3.6.1.4.1.9.1.1\r\n"
                + "  # indented comment\r\n.1.3.6.1.2.1.1.5.0|4|edge\r\n");
    assertThat(r.objects()).isEqualTo(2);
    assertThat(r.skipped()).isZero();
    assertThat(get(r, "1.3.6.1.2.1.1.2.0")).isEqualTo(new OID("1.3.6.1.4.1.9.1.1"));
    assertThat(get(r, "1.3.6.1.2.1.1.5.0")).isEqualTo(new OctetString("edge"));
  }

  @Test
  void badLinesAreSkippedAndCountedWithReasons() throws Exception {
    Snmprec r =
        parse(
            String.join(
                "\n",
                "1.3.6.1.2.1.1.5.0|4|good",
                "1.3.6.1.2.1.2.2.1.10.1|65:numeric|rate=100",
                "1.3.6.1.2.1.2.2.1.10.2|65|-1",
                "1.3.6.1.2.1.2.2.1.10.3|2|2147483648",
                "1.3.6.1.2.1.2.2.1.10.4|99|x",
                "1.3.6.1.2.1.2.2.1.10.5|4x|abc",
                "1.3.6.1.2.1.2.2.1.10.6|4x|zz",
                "1.3.6.1.2.1.2.2.1.10.7|6|0",
                "1.3.6.1.2.1.2.2.1.10.8|64|10.0.0",
                "1.3.6.1.2.1.2.2.1.10.9|2x|01",
                "1.3.6.1.x.1|4|bad oid",
                "no bars at all",
                "only|one bar",
                "1.3.6.1.2.1.1.5.0|4|good",
                "1.3.6.1.2.1.1.5.0|4|other",
                ""));
    assertThat(r.objects()).isEqualTo(1);
    assertThat(r.variations()).isEqualTo(1);
    assertThat(r.skipped()).as("the exact repeat is not counted").isEqualTo(12);
    assertThat(r.problems()).hasSize(12);
    assertThat(r.problems().get(0)).startsWith("t.snmprec:3: ");
    assertThat(r.problems())
        .last()
        .asString()
        .startsWith("t.snmprec:15: ")
        .contains("repeated with another value");
    assertThat(get(r, "1.3.6.1.2.1.1.5.0")).isEqualTo(new OctetString("good"));
  }

  @Test
  void aRecordingWithNoUsableLineIsAnError() {
    assertThatThrownBy(() -> parse("# nothing\n\n1.3.6.1.2.1.1.1.0|4:numeric|x\nbroken line\n"))
        .isInstanceOf(SnmprecException.class)
        .hasMessageContaining("t.snmprec")
        .hasMessageContaining("no usable")
        .hasMessageContaining("t.snmprec:4: not OID|TAG|VALUE");
    assertThatThrownBy(() -> parse("")).isInstanceOf(SnmprecException.class);
  }

  @Test
  void theTestRecordingsLoadAndAreServedInOidOrder() throws Exception {
    Path dir = Path.of("src/test/resources/snmprec");
    Snmprec cisco = Snmprec.read(dir.resolve("cisco-multiline.snmprec"));
    assertThat(cisco.objects()).isEqualTo(9);
    assertThat(cisco.variations()).isEqualTo(1);
    assertThat(cisco.skipped()).isEqualTo(3);
    assertThat(text(cisco, "1.3.6.1.2.1.1.1.0"))
        .startsWith("Cisco IOS Software [Cupertino]")
        .contains("\r\nTechnical Support");
    Map.Entry<OID, Variable> afterSystem = cisco.mib().next(new OID("1.3.6.1.2.1.1.7.0"));
    assertThat(afterSystem.getKey()).isEqualTo(new OID("1.3.6.1.2.1.31.1.1.1.6.1"));

    Snmprec huawei = Snmprec.read(dir.resolve("huawei-switch-hex.snmprec"));
    assertThat(huawei.skipped()).isZero();
    assertThat(text(huawei, "1.3.6.1.2.1.1.1.0"))
        .startsWith("S6730-H28Y4C\r\nHuawei Versatile Routing Platform")
        .endsWith("Co., Ltd.");
    assertThat(get(huawei, "1.3.6.1.2.1.1.6.0")).isEqualTo(new OctetString("Hall B, row 3"));

    AgentMib hik = Snmprec.load(dir.resolve("hikvision-camera-private.snmprec"));
    assertThat(hik.size()).isEqualTo(1);
    assertThat(hik.get(new OID("1.3.6.1.2.1.1.1.0"))).isNull();
  }
}
