package io.netaudit.identify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * IANA Private Enterprise Numbers: number to registrant organisation, for numbers the vendor
 * catalogue does not list. Two input formats:
 *
 * <ul>
 *   <li>the IANA {@code enterprise-numbers} text file: 4-line records (decimal at column 0,
 *       organisation indented, contact, email), {@code (last updated YYYY-MM-DD)} in the header,
 *       {@code End of Document} at the end (its absence means a truncated file and is an error);
 *   <li>a table {@code number<TAB or spaces>organisation} with {@code #} comment lines, as shipped
 *       in {@code config/enterprise-registry.tsv} and as in Wireshark's {@code enterprises.tsv};
 *       the date comes from a {@code (last updated YYYY-MM-DD)} comment.
 * </ul>
 *
 * Either may be gzip-compressed ({@code .gz}). Unassigned numbers are skipped and {@code (formerly
 * ...)} / {@code (previously ...)} remarks are stripped from names. Immutable and thread-safe.
 */
public final class EnterpriseRegistry {

  private static final Pattern UPDATED =
      Pattern.compile("\\(last updated (\\d{4}-\\d{2}-\\d{2})\\)");
  private static final Pattern IANA_NUMBER = Pattern.compile("^(\\d+)\\s*$");
  private static final Pattern IANA_ORG = Pattern.compile("^ {1,3}(\\S.*?)\\s*$");
  private static final Pattern TABLE_ROW = Pattern.compile("^(\\d+)[ \\t]+(\\S.*?)\\s*$");
  private static final Pattern FORMERLY =
      Pattern.compile("\\s*\\((?:formerly|previously)\\b[^)]*\\)", Pattern.CASE_INSENSITIVE);
  private static final long MAX = 4_294_967_295L;

  private final Map<Long, String> names;
  private final Optional<LocalDate> date;
  private final String source;

  private EnterpriseRegistry(Map<Long, String> names, Optional<LocalDate> date, String source) {
    this.names = names;
    this.date = date;
    this.source = source;
  }

  public static EnterpriseRegistry empty() {
    return new EnterpriseRegistry(Map.of(), Optional.empty(), "none");
  }

  /**
   * Loads a file in either format (see the class comment), gzip when the name ends in {@code .gz}.
   *
   * @throws VendorCatalogueException one line, {@code file:line: what is wrong}
   */
  public static EnterpriseRegistry load(Path file) throws VendorCatalogueException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new VendorCatalogueException(file + ":0: file not found");
    } catch (IOException e) {
      throw new VendorCatalogueException(
          file + ":0: cannot read: " + CatalogueCsv.oneLine(e.getMessage()), e);
    }
    return parse(name, text(name, bytes), file.toString());
  }

  static String text(String name, byte[] bytes) throws VendorCatalogueException {
    if (name.endsWith(".gz")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new VendorCatalogueException(
            name + ":0: not valid gzip: " + CatalogueCsv.oneLine(e.getMessage()), e);
      }
    }
    return CatalogueCsv.utf8(name, bytes);
  }

  /** Parses either format; {@code name} is used in error messages. */
  static EnterpriseRegistry parse(String name, String text, String source)
      throws VendorCatalogueException {
    String[] lines = text.lines().toArray(String[]::new);
    for (int i = 0; i < Math.min(lines.length, 40); i++) {
      String l = lines[i].strip();
      if (l.equalsIgnoreCase("PRIVATE ENTERPRISE NUMBERS") || l.startsWith("Decimal")) {
        return parseIana(name, lines, source);
      }
    }
    return parseTable(name, lines, source);
  }

  private static EnterpriseRegistry parseIana(String name, String[] lines, String source)
      throws VendorCatalogueException {
    Map<Long, String> names = new HashMap<>();
    Optional<LocalDate> date = Optional.empty();
    boolean end = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().equals("End of Document")) {
        end = true;
        break;
      }
      if (date.isEmpty()) {
        date = date(name, i + 1, line);
      }
      Matcher num = IANA_NUMBER.matcher(line);
      if (!num.matches()) {
        continue;
      }
      long n = number(name, i + 1, num.group(1));
      Matcher org = i + 1 < lines.length ? IANA_ORG.matcher(lines[i + 1]) : null;
      if (org != null && org.matches()) {
        // a record without an organisation line (odd indentation beyond 3 spaces) is skipped, as
        // Wireshark does
        put(names, n, org.group(1));
        i++;
      }
    }
    if (!end) {
      throw new VendorCatalogueException(
          name + ":" + lines.length + ": no 'End of Document' line: truncated file?");
    }
    return new EnterpriseRegistry(Collections.unmodifiableMap(names), date, source);
  }

  private static EnterpriseRegistry parseTable(String name, String[] lines, String source)
      throws VendorCatalogueException {
    Map<Long, String> names = new HashMap<>(lines.length * 4 / 3 + 16);
    Optional<LocalDate> date = Optional.empty();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (date.isEmpty()) {
          date = date(name, i + 1, line);
        }
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab > 0
          && tab < line.length() - 1
          && isDigits(line, tab)
          && line.charAt(tab + 1) > ' '
          && !Character.isWhitespace(line.charAt(line.length() - 1))) {
        // the shipped file's form: digits TAB name, nothing to trim
        put(names, number(name, i + 1, line.substring(0, tab)), line.substring(tab + 1));
        continue;
      }
      Matcher m = TABLE_ROW.matcher(line);
      if (!m.matches()) {
        throw new VendorCatalogueException(
            name
                + ":"
                + (i + 1)
                + ": expected 'number<TAB>organisation', got '"
                + CatalogueCsv.oneLine(line)
                + "'");
      }
      put(names, number(name, i + 1, m.group(1)), m.group(2));
    }
    if (names.isEmpty()) {
      throw new VendorCatalogueException(name + ":" + lines.length + ": no enterprise numbers");
    }
    return new EnterpriseRegistry(Collections.unmodifiableMap(names), date, source);
  }

  private static boolean isDigits(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void put(Map<Long, String> names, long n, String org) {
    String clean =
        org.indexOf('(') < 0 ? org.strip() : FORMERLY.matcher(org).replaceAll("").strip();
    if (clean.isEmpty()
        || clean.equalsIgnoreCase("Unassigned")
        || clean.startsWith("Unassigned ")
        || clean.equals("---none---")
        || clean.equalsIgnoreCase("Reserved")) {
      return;
    }
    names.putIfAbsent(n, clean);
  }

  private static long number(String name, int line, String digits) throws VendorCatalogueException {
    long n = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (n > MAX) {
      throw new VendorCatalogueException(
          name + ":" + line + ": enterprise number " + digits + " above " + MAX);
    }
    return n;
  }

  private static Optional<LocalDate> date(String name, int line, String text)
      throws VendorCatalogueException {
    Matcher m = UPDATED.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      throw new VendorCatalogueException(name + ":" + line + ": bad date '" + m.group(1) + "'");
    }
  }

  /** The registrant of {@code number}, if assigned. */
  public Optional<String> organisation(long number) {
    return Optional.ofNullable(names.get(number));
  }

  public int size() {
    return names.size();
  }

  /** The IANA file's "last updated" date, when the input carried one. */
  public Optional<LocalDate> date() {
    return date;
  }

  public String source() {
    return source;
  }
}
