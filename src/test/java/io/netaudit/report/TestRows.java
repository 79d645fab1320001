package io.netaudit.report;

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

/** Rows, a strict flat-JSON parser and a failing stream for the report writer tests. */
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
            f.status(), f.vendor(), List.of(advisories.split(" ")), f.confidence(), f.evidence()),
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
            d.sysUptime()),
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
   * Parses one JSON object whose values are all strings, strictly per RFC 8259 (no raw control
   * characters, only the defined escapes, surrogate escapes must pair up), keeping key order and
   * rejecting duplicate keys.
   */
  static Map<String, String> parseFlatObject(String json) {
    Parser p = new Parser(json);
    Map<String, String> out = new LinkedHashMap<>();
    p.expect('{');
    if (p.peek() != '}') {
      do {
        String key = p.string();
        p.expect(':');
        String value = p.string();
        if (out.put(key, value) != null) {
          throw new IllegalArgumentException("duplicate key " + key);
        }
      } while (p.consumeIf(','));
    }
    p.expect('}');
    if (p.pos != json.length()) {
      throw new IllegalArgumentException("trailing text at " + p.pos);
    }
    return out;
  }

  private static final class Parser {
    final String s;
    int pos;

    Parser(String s) {
      this.s = s;
    }

    char peek() {
      if (pos >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + pos + " got " + peek());
      }
      pos++;
    }

    boolean consumeIf(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = peek();
        pos++;
        if (c == '"') {
          break;
        }
        if (c < 0x20) {
          throw new IllegalArgumentException("raw control character at " + (pos - 1));
        }
        if (Character.isSurrogate(c)) {
          if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(peek())) {
            throw new IllegalArgumentException("lone surrogate at " + (pos - 1));
          }
          b.append(c).append(s.charAt(pos++));
          continue;
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = peek();
        pos++;
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            String hex = s.substring(pos, pos + 4);
            if (!hex.matches("[0-9a-fA-F]{4}")) {
              throw new IllegalArgumentException("bad \\u escape " + hex);
            }
            b.append((char) Integer.parseInt(hex, 16));
            pos += 4;
          }
          default -> throw new IllegalArgumentException("bad escape \\" + e);
        }
      }
      String out = b.toString();
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < out.length()
            && Character.isLowSurrogate(out.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new IllegalArgumentException("lone surrogate escape");
        }
      }
      return out;
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
