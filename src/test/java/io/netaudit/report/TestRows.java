package io.netaudit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Rows, a strict JSON Lines reader (Jackson) and a failing stream for the report writer tests. */
final class TestRows {
  private static final Instant POLLED_AT = Instant.parse("2025-01-02T03:04:05Z");
  private static final List<EvidenceItem> EVIDENCE =
      List.of(
          EvidenceItem.signal("sys_object_id", "definitive", "enterprise number 2011"),
          EvidenceItem.verdict("listed"));

  private TestRows() {}

  static ReportRow row(String address, String status, String vendor, String sysDescr) {
    return ReportRow.builder(addr(address), AuditStatus.valueOf(status))
        .vendor(vendor)
        .confidence("high")
        .evidence(EVIDENCE)
        .sysDescr(sysDescr)
        .sysObjectId("1.3.6.1.4.1.2011.2.23")
        .enterpriseNumber(2011L)
        .sysName("core-sw1")
        .sysLocation("Rack 4")
        .model("S5720")
        .firmware("V200R011")
        .snmpVersion("v2c")
        .polledAt(POLLED_AT)
        .sysContact("noc@example.org")
        .sysUptime(123456L)
        .credential("lab-v2")
        .build();
  }

  /** The row with these advisory ids (space-separated). */
  static ReportRow withAdvisories(ReportRow r, String advisories) {
    Finding f = r.finding();
    return new ReportRow(
        r.address(),
        new Finding(
            f.status(),
            f.vendor(),
            List.of(advisories.split(" ")),
            f.confidence(),
            f.evidence(),
            f.cpe()),
        r.device(),
        r.poll(),
        r.subject());
  }

  static ReportRow withSysName(ReportRow r, String sysName) {
    DeviceFacts d = r.device();
    return new ReportRow(
        r.address(),
        r.finding(),
        new DeviceFacts(
            d.sysDescr(),
            d.sysObjectId(),
            d.enterpriseNumber(),
            sysName,
            d.sysLocation(),
            d.model(),
            d.firmware(),
            d.sysContact(),
            d.sysUptime(),
            d.serial()),
        r.poll(),
        r.subject());
  }

  static InetAddress addr(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /**
   * Parses one JSON Lines object with Jackson, strictly: RFC 8259 (no raw control characters, only
   * the defined escapes, nothing after the object), no key twice, every value a string, and no lone
   * UTF-16 surrogate in any value (it could not be written as UTF-8). Keeps key order.
   */
  static Map<String, String> parseFlatObject(String json) {
    JsonNode node;
    try {
      node = STRICT_JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not strict JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object: " + json);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isTextual()) {
        throw new IllegalArgumentException("value of " + e.getKey() + " is not a string");
      }
      String value = e.getValue().textValue();
      requireNoLoneSurrogate(e.getKey());
      requireNoLoneSurrogate(value);
      out.put(e.getKey(), value);
    }
    return out;
  }

  /** Parses one JSON document with Jackson, as strictly as {@link #parseFlatObject}. */
  static JsonNode parseStrict(String json) {
    try {
      return STRICT_JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not strict JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static final ObjectMapper STRICT_JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static void requireNoLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("lone surrogate at " + i);
      }
    }
  }

  /** Simulates the disk filling up after some data has already reached the temp file. */
  static final class FailAfter extends FilterOutputStream {
    private int remaining = 50_000;

    FailAfter(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > remaining) {
        throw new IOException("disk full");
      }
      remaining -= len;
      out.write(b, off, len);
    }
  }
}
