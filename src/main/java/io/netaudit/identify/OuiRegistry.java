package io.netaudit.identify;

import io.netaudit.snmp.MacAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IEEE MAC address assignments (MA-L 24-bit, MA-M 28-bit, MA-S and IAB 36-bit) in the IEEE CSV
 * layout {@code Registry,Assignment,Organization Name,Organization Address} (RFC 4180, as in
 * Debian's ieee-data {@code oui.csv}, {@code mam.csv}, {@code oui36.csv}, {@code iab.csv}), or in
 * the compact form the tool ships ({@link #parseCompact}: the same assignments, one {@code
 * registry<TAB>assignment<TAB>organisation} line each, gzip-compressed). Lookups use the longest
 * prefix: MA-S before MA-M before MA-L. Immutable and thread-safe.
 */
public final class OuiRegistry {

  /** Debian ieee-data's copy of the IEEE MA-L file. */
  public static final Path SYSTEM_OUI = Path.of("/usr/share/ieee-data/oui.csv");

  /** The file names of a full IEEE download, looked for beside a given {@code oui.csv}. */
  public static final List<String> IEEE_FILES =
      List.of("oui.csv", "mam.csv", "oui36.csv", "iab.csv");

  /** One assignment: {@code prefix} is upper-case hex of {@code bits / 4} digits. */
  public record Assignment(String registry, String prefix, int bits, String organisation) {}

  private final Map<Long, Assignment> s36;
  private final Map<Long, Assignment> m28;
  private final Map<Long, Assignment> l24;
  private final Optional<LocalDate> date;
  private final String source;

  OuiRegistry(
      Map<Long, Assignment> s36,
      Map<Long, Assignment> m28,
      Map<Long, Assignment> l24,
      Optional<LocalDate> date,
      String source) {
    this.s36 = s36;
    this.m28 = m28;
    this.l24 = l24;
    this.date = date;
    this.source = source;
  }

  /** A registry with no assignments. */
  public static OuiRegistry empty() {
    return new OuiRegistry(Map.of(), Map.of(), Map.of(), Optional.empty(), "none");
  }

  /**
   * {@code /usr/share/ieee-data/oui.csv} when it is a readable file (Debian package ieee-data),
   * else empty.
   */
  public static Optional<Path> systemDefault() {
    return Files.isRegularFile(SYSTEM_OUI) && Files.isReadable(SYSTEM_OUI)
        ? Optional.of(SYSTEM_OUI)
        : Optional.empty();
  }

  /**
   * {@code ouiCsv} plus the other IEEE files ({@value #IEEE_FILES}) found in the same folder, so
   * that a full download (or ieee-data) gives MA-M and MA-S assignments too.
   */
  public static List<Path> withSiblings(Path ouiCsv) {
    List<Path> files = new ArrayList<>();
    files.add(ouiCsv);
    Path dir = ouiCsv.toAbsolutePath().getParent();
    if (dir != null) {
      for (String name : IEEE_FILES) {
        Path p = dir.resolve(name);
        if (!p.toAbsolutePath().equals(ouiCsv.toAbsolutePath()) && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    return files;
  }

  /**
   * Loads one or more IEEE CSV files. The date is taken from ieee-data's {@code .lastupdate} (epoch
   * seconds) beside the first file when present, else from the newest file's modification time.
   *
   * @throws VendorCatalogueException one line, {@code file:line: what is wrong}
   */
  public static OuiRegistry load(List<Path> files) throws VendorCatalogueException {
    OuiAssignments b = new OuiAssignments();
    for (Path f : files) {
      b.add(CatalogueCsv.readFile(f));
    }
    return b.build(
        dateOf(files),
        files.isEmpty() ? "none" : String.join(", ", files.stream().map(Path::toString).toList()));
  }

  /**
   * The data date of IEEE files, without parsing them: ieee-data's {@code .lastupdate} (epoch
   * seconds) beside the first file when present, else the newest file's modification time.
   */
  public static Optional<LocalDate> dateOf(List<Path> files) {
    LocalDate newest = null;
    for (Path f : files) {
      try {
        LocalDate d = LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), ZoneOffset.UTC);
        newest = newest == null || d.isAfter(newest) ? d : newest;
      } catch (IOException e) {
        // the date is informational only
      }
    }
    Optional<LocalDate> date = Optional.ofNullable(newest);
    if (!files.isEmpty() && files.get(0).toAbsolutePath().getParent() != null) {
      Path stamp = files.get(0).toAbsolutePath().getParent().resolve(".lastupdate");
      try {
        if (Files.isRegularFile(stamp)) {
          long epoch = Long.parseLong(Files.readString(stamp).strip());
          date = Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(epoch), ZoneOffset.UTC));
        }
      } catch (IOException | NumberFormatException e) {
        // keep the file date
      }
    }
    return date;
  }

  /** Loads one IEEE CSV file (see {@link #load(List)}). */
  public static OuiRegistry load(Path file) throws VendorCatalogueException {
    return load(List.of(file));
  }

  /** Parses IEEE CSV text; {@code name} is used in error messages. */
  static OuiRegistry parse(String name, String text, Optional<LocalDate> date)
      throws VendorCatalogueException {
    return parse(CatalogueCsv.Source.ofText(name, text), date);
  }

  /** Parses one IEEE CSV file read by {@link CatalogueCsv}. */
  static OuiRegistry parse(CatalogueCsv.Source source, Optional<LocalDate> date)
      throws VendorCatalogueException {
    OuiAssignments b = new OuiAssignments();
    b.add(source);
    return b.build(date, source.name());
  }

  /**
   * Parses the compact form shipped in the jar ({@code src/build/gen-registries.py} writes it):
   * gzip-compressed UTF-8 lines {@code registry<TAB>assignment<TAB>organisation}.
   */
  static OuiRegistry parseCompact(String name, byte[] gzipped, Optional<LocalDate> date)
      throws VendorCatalogueException {
    String text;
    try (java.io.InputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VendorCatalogueException(name + ":0: cannot read: " + e.getMessage(), e);
    }
    OuiAssignments b = new OuiAssignments();
    int line = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      line++;
      int tab1 = text.indexOf('\t', start);
      int tab2 = tab1 < 0 || tab1 > end ? -1 : text.indexOf('\t', tab1 + 1);
      if (tab2 < 0 || tab2 > end) {
        throw new VendorCatalogueException(name + ":" + line + ": expected 3 tab-separated fields");
      }
      // The generated file is trusted but checked: one cheap pass, the message built only on error.
      if (!b.addFast(text, start, tab1, tab2, end)) {
        String at = name + ":" + line + ": ";
        b.add(
            text.substring(start, tab1),
            text.substring(tab1 + 1, tab2),
            text.substring(tab2 + 1, end),
            problem -> new VendorCatalogueException(at + problem));
      }
      start = end + 1;
    }
    return b.build(date, "classpath:" + VendorCatalogue.RESOURCE_DIR + name);
  }

  /**
   * The longest-prefix assignment of a MAC address ({@code aa:bb:cc:dd:ee:ff}, {@code AA-BB-...},
   * {@code aabb.ccdd.eeff} or 12 bare hex digits); empty when unparsable or unassigned.
   */
  public Optional<Assignment> lookup(String mac) {
    return MacAddress.parse(mac).flatMap(m -> lookup(m.value()));
  }

  Optional<Assignment> lookup(long mac48) {
    Assignment a = s36.get(mac48 >>> 12);
    if (a == null) {
      a = m28.get(mac48 >>> 20);
    }
    if (a == null) {
      a = l24.get(mac48 >>> 24);
    }
    return Optional.ofNullable(a);
  }

  public int size() {
    return s36.size() + m28.size() + l24.size();
  }

  /** The data date: ieee-data's download date, or the file date; empty for an empty registry. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** Where the data came from (file names or {@code classpath:...}). */
  public String source() {
    return source;
  }
}
