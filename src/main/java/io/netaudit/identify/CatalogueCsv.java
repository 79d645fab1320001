package io.netaudit.identify;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import io.netaudit.text.CsvTableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the catalogue's data files from a directory or the classpath, through the project's one CSV
 * reader ({@link CsvTable}: strict UTF-8, BOM, {@code #} comments, cells by header name), and the
 * cells every catalogue file shares (vendor ids, strengths, regexes). Every error is a {@link
 * VendorCatalogueException} whose message is one line: {@code "file:line: what is wrong"}.
 */
final class CatalogueCsv {
  private CatalogueCsv() {}

  /** A file's name, as messages show it, and its bytes. */
  record Source(String name, byte[] bytes) {
    static Source ofText(String name, String text) {
      return new Source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a file that is not CSV (a properties file, the IANA registry). */
    String text() throws VendorCatalogueException {
      return utf8(name, bytes);
    }
  }

  /** One data row: cells by column name, and errors that name the file and line. */
  record Row(CsvTable.Row cells) {
    String get(String column) {
      return cells.get(column);
    }

    VendorCatalogueException error(String what) {
      return new VendorCatalogueException(cells.at(what));
    }
  }

  /** The whole file, checked against its schema (cells as written). */
  static CsvTable table(Source src, CsvSchema schema) throws VendorCatalogueException {
    try {
      return CsvTable.read(src.name(), src.bytes(), schema);
    } catch (CsvTableException e) {
      throw new VendorCatalogueException(e.getMessage(), e);
    }
  }

  /** The data rows of a file with exactly these columns (in any order). */
  static List<Row> rows(Source src, List<String> columns) throws VendorCatalogueException {
    return rows(table(src, CsvSchema.of(columns)));
  }

  static List<Row> rows(CsvTable table) {
    List<Row> out = new ArrayList<>();
    table.rows().forEach(r -> out.add(new Row(r)));
    return out;
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

  static Source readFile(Path path) throws VendorCatalogueException {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try {
      return new Source(name, Files.readAllBytes(path));
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
      return new Source(file, in.readAllBytes());
    } catch (IOException e) {
      throw new VendorCatalogueException(
          "classpath:" + resource + ":0: cannot read: " + oneLine(e.getMessage()), e);
    }
  }

  /** Strict UTF-8 of a whole file that is not CSV, a leading BOM removed. */
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
