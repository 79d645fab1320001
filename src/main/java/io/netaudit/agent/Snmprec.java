package io.netaudit.agent;

import io.netaudit.snmp.Oid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * An snmpsim recording ({@code .snmprec}): one {@code OID|TAG|VALUE} per line, read into an {@link
 * AgentMib} that a {@link SimulatedDevice} can serve.
 *
 * <p>Tags: 2 Integer32, 4 OctetString, 5 Null, 6 OBJECT IDENTIFIER, 64 IpAddress, 65 Counter32, 66
 * Gauge32, 67 TimeTicks, 68 Opaque, 70 Counter64. A tag suffix {@code x} means the value is hex
 * ({@code 4x|48656c6c6f}), a suffix {@code e} means Python-style escaped text ({@code \xNN}, {@code
 * \n}, {@code \\}, ...); both are accepted on the octet types 4, 64 and 68. Only the first two
 * {@code |} split a line (values may hold {@code |}). Lines that use an snmpsim variation module
 * ({@code :} in the tag, e.g. {@code 4:numeric}) are skipped and counted apart; blank lines and
 * {@code #} comments are ignored; OIDs may start with a dot; CRLF line ends and a UTF-8 byte order
 * mark are accepted. Octet values are served byte for byte as they stand in the file.
 *
 * <p>Recordings are messy, so a bad line (unknown tag, value that does not fit its type, OID
 * repeated with another value) is skipped and counted, with the first few reasons kept in {@link
 * #problems()}; an exact repeat of an earlier line is ignored. A recording with no usable line at
 * all is a {@link SnmprecException}.
 *
 * <p>Over 300 lines: one reader of one format, the line splitter with the value parser of each tag;
 * none of it is used elsewhere.
 */
public final class Snmprec {
  /** How many skipped-line reasons are kept. */
  public static final int MAX_PROBLEMS = 20;

  private static final int MAX_ARCS = 128;

  private final String source;
  private final AgentMib mib;
  private final int objects;
  private final int skipped;
  private final int variations;
  private final List<String> problems;

  private Snmprec(
      String source,
      AgentMib mib,
      int objects,
      int skipped,
      int variations,
      List<String> problems) {
    this.source = source;
    this.mib = mib;
    this.objects = objects;
    this.skipped = skipped;
    this.variations = variations;
    this.problems = Collections.unmodifiableList(problems);
  }

  /** Reads a recording file. */
  public static Snmprec read(Path file) throws IOException {
    return parse(file.toString(), Files.readAllBytes(file));
  }

  /** Reads a recording file and returns only the objects it serves. */
  public static AgentMib load(Path file) throws IOException {
    return read(file).mib();
  }

  /**
   * Parses the bytes of a recording.
   *
   * @param source the name used in problem messages (usually the file name)
   * @throws SnmprecException when not one line of it is usable
   */
  public static Snmprec parse(String source, byte[] content) throws SnmprecException {
    // ISO-8859-1 maps every byte to one char and back, so octet values keep their exact bytes.
    String text = new String(content, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3);
    }
    Lines lines = new Lines(source);
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      lineNo++;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lines.add(lineNo, line);
    }
    return lines.result();
  }

  /** What the lines of one recording gave so far: the objects, and the lines skipped and why. */
  private static final class Lines {
    private final String source;
    private final Map<OID, Variable> objects = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int skipped;
    private int variations;

    Lines(String source) {
      this.source = source;
    }

    /** Takes one line (without its line end); blank lines and comments are ignored. */
    void add(int lineNo, String line) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        return;
      }
      try {
        object(line);
      } catch (BadLine e) {
        skipped++;
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(source + ":" + lineNo + ": " + e.getMessage());
        }
      }
    }

    private void object(String line) throws BadLine {
      int bar1 = line.indexOf('|');
      int bar2 = bar1 < 0 ? -1 : line.indexOf('|', bar1 + 1);
      if (bar2 < 0) {
        throw new BadLine("not OID|TAG|VALUE");
      }
      String tag = line.substring(bar1 + 1, bar2).strip();
      if (tag.indexOf(':') >= 0) {
        variations++;
        return;
      }
      OID oid = parseOid(line.substring(0, bar1).strip(), "OID");
      Variable value = value(tag, line.substring(bar2 + 1));
      Variable earlier = objects.putIfAbsent(oid, value);
      if (earlier != null && !earlier.equals(value)) {
        throw new BadLine(
            "OID " + oid.toDottedString() + " repeated with another value (the first is kept)");
      }
    }

    Snmprec result() throws SnmprecException {
      if (objects.isEmpty()) {
        StringBuilder why = new StringBuilder(source).append(": no usable OID|TAG|VALUE line");
        if (skipped > 0) {
          why.append(" (")
              .append(skipped)
              .append(" bad; first: ")
              .append(problems.get(0))
              .append(')');
        }
        if (variations > 0) {
          why.append(" (").append(variations).append(" variation-module lines skipped)");
        }
        throw new SnmprecException(why.toString());
      }
      return new Snmprec(
          source, new AgentMib(objects), objects.size(), skipped, variations, problems);
    }
  }

  /** The name given to the parser (usually the file). */
  public String source() {
    return source;
  }

  /** The objects to serve. */
  public AgentMib mib() {
    return mib;
  }

  /** How many objects were read. */
  public int objects() {
    return objects;
  }

  /** How many bad lines were skipped (variation-module lines not included). */
  public int skipped() {
    return skipped;
  }

  /** How many lines used an snmpsim variation module and were skipped. */
  public int variations() {
    return variations;
  }

  /** The first {@value #MAX_PROBLEMS} reasons for skipped lines, as {@code source:line: reason}. */
  public List<String> problems() {
    return problems;
  }

  private static Variable value(String tag, String raw) throws BadLine {
    char encoding = 0;
    String type = tag;
    if (!tag.isEmpty() && (tag.endsWith("x") || tag.endsWith("e"))) {
      encoding = tag.charAt(tag.length() - 1);
      type = tag.substring(0, tag.length() - 1);
    }
    if (type.isEmpty() || !type.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new BadLine("unknown tag '" + tag + "'");
    }
    if (encoding != 0 && !type.equals("4") && !type.equals("64") && !type.equals("68")) {
      throw new BadLine("tag '" + tag + "': hex/escaped values only on octet types 4, 64, 68");
    }
    String v = raw.strip();
    switch (type) {
      case "2":
        return new Integer32((int) number(v, Integer.MIN_VALUE, Integer.MAX_VALUE, tag));
      case "4":
        return new OctetString(octets(encoding, raw));
      case "5":
        return new Null();
      case "6":
        return parseOid(v, "OID value");
      case "64":
        return ipAddress(encoding == 0 ? v : null, encoding == 0 ? null : octets(encoding, raw));
      case "65":
        return new Counter32(number(v, 0, 0xFFFFFFFFL, tag));
      case "66":
        return new Gauge32(number(v, 0, 0xFFFFFFFFL, tag));
      case "67":
        return new TimeTicks(number(v, 0, 0xFFFFFFFFL, tag));
      case "68":
        return new Opaque(octets(encoding, raw));
      case "70":
        try {
          return new Counter64(Long.parseUnsignedLong(v));
        } catch (NumberFormatException e) {
          throw new BadLine("tag 70: '" + shorten(v) + "' is not an unsigned 64-bit number");
        }
      default:
        throw new BadLine("unknown tag '" + tag + "'");
    }
  }

  private static long number(String v, long min, long max, String tag) throws BadLine {
    try {
      long n = Long.parseLong(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadLine(
        "tag " + tag + ": '" + shorten(v) + "' is not a number in " + min + ".." + max);
  }

  private static byte[] octets(char encoding, String raw) throws BadLine {
    if (encoding == 'x') {
      return hex(raw.strip());
    }
    if (encoding == 'e') {
      return unescape(raw);
    }
    return raw.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] hex(String v) throws BadLine {
    if (v.length() % 2 != 0) {
      throw new BadLine("odd number of hex digits");
    }
    byte[] out = new byte[v.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(v.charAt(2 * i), 16);
      int lo = Character.digit(v.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw new BadLine("not hex: '" + shorten(v) + "'");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  /** Python-style escapes, as snmpsim writes them; an unknown escape keeps its backslash. */
  private static byte[] unescape(String v) throws BadLine {
    ByteArrayOutputStream out = new ByteArrayOutputStream(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c != '\\' || i + 1 >= v.length()) {
        out.write(c);
        continue;
      }
      char e = v.charAt(++i);
      switch (e) {
        case '\\', '\'', '"' -> out.write(e);
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write(10);
        case 'r' -> out.write(13);
        case 't' -> out.write(9);
        case 'v' -> out.write(11);
        case 'x' -> {
          int hi = i + 1 < v.length() ? Character.digit(v.charAt(i + 1), 16) : -1;
          int lo = i + 2 < v.length() ? Character.digit(v.charAt(i + 2), 16) : -1;
          if (hi < 0 || lo < 0) {
            throw new BadLine("bad \\x escape in '" + shorten(v) + "'");
          }
          out.write(hi << 4 | lo);
          i += 2;
        }
        default -> {
          out.write('\\');
          out.write(e);
        }
      }
    }
    return out.toByteArray();
  }

  private static IpAddress ipAddress(String dotted, byte[] bytes) throws BadLine {
    if (bytes == null) {
      String[] parts = dotted.split("\\.", -1);
      if (parts.length != 4) {
        throw new BadLine("tag 64: '" + shorten(dotted) + "' is not a dotted IPv4 address");
      }
      bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        bytes[i] = (byte) number(parts[i], 0, 255, "64");
      }
    }
    if (bytes.length != 4) {
      throw new BadLine("tag 64: " + bytes.length + " octets, not 4");
    }
    try {
      return new IpAddress(java.net.InetAddress.getByAddress(bytes));
    } catch (java.net.UnknownHostException e) {
      throw new BadLine("tag 64: " + e.getMessage());
    }
  }

  /**
   * Dotted decimal, optional leading dot, at least two arcs that BER can encode, each an unsigned
   * 32-bit number.
   */
  private static OID parseOid(String s, String what) throws BadLine {
    Oid oid;
    try {
      oid = Oid.parse(s);
    } catch (IllegalArgumentException e) {
      throw new BadLine(what + " '" + shorten(s) + "' " + e.getMessage());
    }
    if (oid.size() < 2 || oid.size() > MAX_ARCS) {
      throw new BadLine(
          what + " '" + shorten(s) + "' is not a dotted OID of 2.." + MAX_ARCS + " arcs");
    }
    if (oid.arc(0) > 2 || (oid.arc(0) < 2 && oid.arc(1) > 39)) {
      throw new BadLine(what + " '" + shorten(s) + "' cannot be BER-encoded (first arcs)");
    }
    return new OID(oid.toUnsignedInts());
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** One line's reason for being skipped. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message, null, false, false);
    }
  }
}
