package io.netaudit.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the catalogue's data files (UTF-8 with an optional BOM, RFC 4180, one header line, {@code
 * #} comment lines) from a directory or the classpath, and the cells every catalogue file shares
 * (vendor ids, strengths, regexes). Every error is a {@link VendorCatalogueException} whose message
 * is one line: {@code "file:line: what is wrong"}.
 */
final class CatalogueCsv {
  private CatalogueCsv() {}

  record Source(String name, String text) {}

  record Row(Source source, int line, CSVRecord record) {
    String get(int i) {
      return record.get(i);
    }

    VendorCatalogueException error(String what) {
      return new VendorCatalogueException(source.name() + ":" + line + ": " + what);
    }
  }

  static Vendor knownVendor(Map<String, Vendor> vendors, Row row, String id)
      throws VendorCatalogueException {
    Vendor v = vendors.get(id);
    if (v == null) {
      throw row.error(
          "unknown vendor_id '" + oneLine(id) + "' (not in " + VendorCatalogue.VENDORS_FILE + ")");
    }
    return v;
  }

  static EnterpriseNumber.PenStrength penStrength(Row row, String raw)
      throws VendorCatalogueException {
    String s = raw.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "definitive":
        return EnterpriseNumber.PenStrength.DEFINITIVE;
      case "weak":
        return EnterpriseNumber.PenStrength.WEAK;
      case "none":
        return EnterpriseNumber.PenStrength.NONE;
      default:
        throw row.error("bad strength '" + oneLine(raw) + "' (expected definitive, weak or none)");
    }
  }

  /**
   * The strength of an evidence row: definitive or weak; {@code none} is refused with {@code what}
   * naming the kind of row ("a sysDescr rule").
   */
  static Strength evidenceStrength(Row row, String raw, String what)
      throws VendorCatalogueException {
    EnterpriseNumber.PenStrength s = penStrength(row, raw);
    if (s == EnterpriseNumber.PenStrength.NONE) {
      throw row.error("bad strength 'none' for " + what + " (expected definitive or weak)");
    }
    return s == EnterpriseNumber.PenStrength.DEFINITIVE ? Strength.DEFINITIVE : Strength.WEAK;
  }

  /** The regex of an optional cell ({@code unless}): empty when the cell is blank. */
  static Optional<Pattern> optionalRegex(Row row, String column, String text)
      throws VendorCatalogueException {
    return text.isBlank() ? Optional.empty() : Optional.of(regex(row, column, text));
  }

  static Pattern regex(Row row, String column, String text) throws VendorCatalogueException {
    try {
      return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw row.error(
          "bad regex in "
              + column
              + " '"
              + oneLine(text)
              + "': "
              + oneLine(e.getDescription())
              + " near index "
              + e.getIndex());
    }
  }

  static List<Row> rows(Source src, List<String> columns) throws VendorCatalogueException {
    return layout(src, List.of(columns)).rows();
  }

  /** The rows of a file and which of the accepted column layouts its header line has. */
  record Layout(List<String> columns, List<Row> rows) {}

  /**
   * Reads a file whose header must be one of {@code layouts} (the first is the current one, named
   * in errors).
   */
  static Layout layout(Source src, List<List<String>> layouts) throws VendorCatalogueException {
    List<String> columns = layouts.get(0);
    int[] lineStarts = lineStarts(src.text());
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .build();
    List<Row> out = new ArrayList<>();
    boolean header = true;
    try (CSVParser parser = CSVParser.parse(new StringReader(src.text()), format)) {
      var it = parser.iterator();
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new VendorCatalogueException(
              src.name()
                  + ":"
                  + Math.max(1, parser.getCurrentLineNumber())
                  + ": malformed CSV: "
                  + oneLine(String.valueOf(e.getMessage())),
              e);
        }
        int line = lineOf(src.text(), lineStarts, rec.getCharacterPosition());
        Row row = new Row(src, line, rec);
        if (header) {
          header = false;
          List<String> got = new ArrayList<>();
          rec.forEach(v -> got.add(v.trim()));
          columns = layouts.stream().filter(got::equals).findFirst().orElse(null);
          if (columns == null) {
            throw row.error(
                "bad header " + got + " (expected " + String.join(",", layouts.get(0)) + ")");
          }
          continue;
        }
        if (rec.size() != columns.size()) {
          throw row.error(
              "wrong column count "
                  + rec.size()
                  + " (expected "
                  + columns.size()
                  + ": "
                  + String.join(",", columns)
                  + ")");
        }
        out.add(row);
      }
    } catch (IOException e) {
      throw new VendorCatalogueException(
          src.name() + ":1: cannot read: " + oneLine(e.getMessage()), e);
    }
    if (header) {
      throw new VendorCatalogueException(
          src.name() + ":1: no header line (expected " + String.join(",", columns) + ")");
    }
    return new Layout(columns, out);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * 1-based line of a record. commons-csv reports the position where it started reading, which is
   * before any comment or empty lines it skipped, so step over those.
   */
  private static int lineOf(String text, int[] lineStarts, long position) {
    int idx = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
    int line = idx >= 0 ? idx : -idx - 2;
    while (line + 1 < lineStarts.length) {
      int start = lineStarts[line];
      int end = lineStarts[line + 1];
      String content = text.substring(start, end).strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        break;
      }
      line++;
    }
    return line + 1;
  }

  static Source readFile(Path path) throws VendorCatalogueException {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try {
      return new Source(name, utf8(name, Files.readAllBytes(path)));
    } catch (NoSuchFileException e) {
      throw new VendorCatalogueException(path + ":0: file not found");
    } catch (IOException e) {
      throw new VendorCatalogueException(path + ":0: cannot read: " + oneLine(e.getMessage()), e);
    }
  }

  static Source readResource(String file) throws VendorCatalogueException {
    String resource = VendorCatalogue.RESOURCE_DIR + file;
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl == null) {
      cl = CatalogueCsv.class.getClassLoader();
    }
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new VendorCatalogueException("classpath:" + resource + ":0: resource not found");
      }
      return new Source(file, utf8(file, in.readAllBytes()));
    } catch (IOException e) {
      throw new VendorCatalogueException(
          "classpath:" + resource + ":0: cannot read: " + oneLine(e.getMessage()), e);
    }
  }

  static String utf8(String name, byte[] bytes) throws VendorCatalogueException {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new VendorCatalogueException(name + ":0: not valid UTF-8");
    }
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("[\\r\\n\\t]+", " ").trim();
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }
}
