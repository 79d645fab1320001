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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * The vendor catalogue: {@code vendors.csv}, {@code enterprise-numbers.csv} and {@code
 * sysdescr-rules.csv} (UTF-8, RFC 4180, one header line, {@code #} comment lines). Immutable once
 * loaded. Every error is reported as a {@link VendorCatalogueException} whose message is one line:
 * {@code "file:line: what is wrong"}.
 */
public final class VendorCatalogue {

  public static final String VENDORS_FILE = "vendors.csv";
  public static final String ENTERPRISE_FILE = "enterprise-numbers.csv";
  public static final String RULES_FILE = "sysdescr-rules.csv";

  /** Optional in a directory given to {@link #load(Path)}: absent means no maker-name mapping. */
  public static final String MAKER_NAMES_FILE = "maker-names.csv";

  /**
   * Optional in a directory given to {@link #load(Path)}: absent means no private objects are read.
   */
  public static final String PRIVATE_OIDS_FILE = "private-oids.csv";

  /** Classpath folder of the bundled copy (Maven copies {@code config/} there). */
  public static final String RESOURCE_DIR = "netaudit/config/";

  /** The vendors.csv layout before the {@code watch} column: every maker counts as watched. */
  private static final List<String> VENDOR_COLUMNS_V1 =
      List.of("vendor_id", "name", "aliases", "country", "notes");

  private static final List<String> VENDOR_COLUMNS =
      List.of("vendor_id", "name", "aliases", "country", "watch", "notes");
  private static final List<String> PEN_COLUMNS =
      List.of("enterprise_number", "vendor_id", "strength", "notes");
  private static final List<String> RULE_COLUMNS =
      List.of("rule_id", "vendor_id", "pattern", "unless", "strength", "notes");
  private static final List<String> MAKER_COLUMNS =
      List.of("vendor_id", "pattern", "unless", "strength", "oui", "notes");
  private static final List<String> PRIVATE_COLUMNS =
      List.of("oid", "vendor_id", "strength", "value_pattern", "column", "notes");
  private static final Pattern DOTTED_OID = Pattern.compile("[0-9]+(?:\\.[0-9]+)+");
  private static final Pattern VENDOR_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
  private static final long MAX_ENTERPRISE = 4_294_967_295L;

  private final Map<String, Vendor> vendors;
  private final java.util.Set<String> watched;
  private final Map<Long, EnterpriseNumber> enterprises;
  private final List<SysDescrRule> rules;
  private final List<MakerName> makerNames;
  private final List<PrivateObjectRule> privateObjects;

  private VendorCatalogue(
      Map<String, Vendor> vendors,
      java.util.Set<String> watched,
      Map<Long, EnterpriseNumber> enterprises,
      List<SysDescrRule> rules,
      List<MakerName> makerNames,
      List<PrivateObjectRule> privateObjects) {
    this.vendors = Collections.unmodifiableMap(vendors);
    this.watched = java.util.Set.copyOf(watched);
    this.enterprises = Collections.unmodifiableMap(enterprises);
    this.rules = List.copyOf(rules);
    this.makerNames = List.copyOf(makerNames);
    this.privateObjects = List.copyOf(privateObjects);
  }

  /**
   * Loads the files from {@code configDir}: vendors.csv, enterprise-numbers.csv and
   * sysdescr-rules.csv are required; maker-names.csv and private-oids.csv are read when present
   * (absent = no name mapping, no private objects).
   */
  public static VendorCatalogue load(Path configDir) throws VendorCatalogueException {
    Path makers = configDir.resolve(MAKER_NAMES_FILE);
    Path privates = configDir.resolve(PRIVATE_OIDS_FILE);
    return parse(
        readFile(configDir.resolve(VENDORS_FILE)),
        readFile(configDir.resolve(ENTERPRISE_FILE)),
        readFile(configDir.resolve(RULES_FILE)),
        Files.exists(makers) ? readFile(makers) : null,
        Files.exists(privates) ? readFile(privates) : null);
  }

  /**
   * Loads the copy bundled on the classpath under {@value #RESOURCE_DIR}, so the jar works from
   * anywhere.
   */
  public static VendorCatalogue loadBundled() throws VendorCatalogueException {
    return parse(
        readResource(VENDORS_FILE),
        readResource(ENTERPRISE_FILE),
        readResource(RULES_FILE),
        readResource(MAKER_NAMES_FILE),
        readResource(PRIVATE_OIDS_FILE));
  }

  public Optional<Vendor> vendor(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(vendors.get(id));
  }

  public int size() {
    return vendors.size();
  }

  public Collection<Vendor> vendors() {
    return vendors.values();
  }

  /**
   * True for a maker on the restricted-vendor research list ({@code watch} = {@code yes} in
   * vendors.csv: makers an advisory names, the review maker H3C and their reported affiliates). A
   * watched maker is identified only from definitive evidence or weak evidence from two independent
   * sources, never by a single-signal fallback. Every maker of a vendors.csv without the {@code
   * watch} column counts as watched; organisations outside the catalogue (IANA registrants) never
   * are.
   */
  public boolean watched(Vendor vendor) {
    return vendor != null && watched.contains(vendor.id());
  }

  public Optional<EnterpriseNumber> enterprise(long number) {
    return Optional.ofNullable(enterprises.get(number));
  }

  public Collection<EnterpriseNumber> enterpriseNumbers() {
    return enterprises.values();
  }

  public List<SysDescrRule> rules() {
    return rules;
  }

  /** The rows of maker-names.csv, in file order. */
  public List<MakerName> makerNames() {
    return makerNames;
  }

  /** The rows of private-oids.csv, in file order. */
  public List<PrivateObjectRule> privateObjects() {
    return privateObjects;
  }

  /**
   * Every catalogue maker whose name pattern matches an organisation or manufacturer name, first
   * matching row per maker, in file order.
   */
  public List<MakerMatch> makersNamed(String name) {
    List<MakerMatch> out = new ArrayList<>();
    if (name == null || name.isBlank()) {
      return out;
    }
    java.util.Set<Vendor> seen = new java.util.HashSet<>();
    for (MakerName m : makerNames) {
      if (seen.contains(m.vendor())) {
        continue;
      }
      Optional<String> hit = m.match(name);
      if (hit.isPresent()) {
        seen.add(m.vendor());
        out.add(new MakerMatch(m, hit.get()));
      }
    }
    return out;
  }

  /** A maker-names row that matched, with the matched text. */
  public record MakerMatch(MakerName name, String matched) {}

  // ---------------------------------------------------------------- parsing

  record Source(String name, String text) {}

  record Row(Source source, int line, CSVRecord record) {
    String get(int i) {
      return record.get(i);
    }

    VendorCatalogueException error(String what) {
      return new VendorCatalogueException(source.name() + ":" + line + ": " + what);
    }
  }

  private static VendorCatalogue parse(
      Source vendorSrc, Source penSrc, Source ruleSrc, Source makerSrc, Source privateSrc)
      throws VendorCatalogueException {
    Map<String, Vendor> vendors = new LinkedHashMap<>();
    java.util.Set<String> watched = new java.util.HashSet<>();
    Layout vendorLayout = layout(vendorSrc, List.of(VENDOR_COLUMNS, VENDOR_COLUMNS_V1));
    // the layout without the watch column is still read: every maker is then watched (no
    // single-signal fallback
    // identifies a catalogue maker), which is how identification behaved before the column
    boolean legacyVendors = vendorLayout.columns().equals(VENDOR_COLUMNS_V1);
    List<Row> vendorRows = vendorLayout.rows();
    for (Row row : vendorRows) {
      String id = row.get(0).trim();
      String name = row.get(1).trim();
      if (!VENDOR_ID.matcher(id).matches()) {
        throw row.error(
            "bad vendor_id '"
                + oneLine(id)
                + "' (expected a lowercase slug like huawei or tp-link)");
      }
      if (name.isEmpty()) {
        throw row.error("empty name for vendor_id " + id);
      }
      if (vendors.containsKey(id)) {
        throw row.error("duplicate vendor_id " + id);
      }
      vendors.put(id, new Vendor(id, name));
      if (legacyVendors) {
        watched.add(id);
      } else {
        String watch = row.get(4).trim().toLowerCase(Locale.ROOT);
        switch (watch) {
          case "yes":
            watched.add(id);
            break;
          case "":
          case "no":
            break;
          default:
            throw row.error(
                "bad watch '"
                    + oneLine(row.get(4))
                    + "' for vendor_id "
                    + id
                    + " (expected yes, no or empty)");
        }
      }
    }

    Map<Long, EnterpriseNumber> enterprises = new LinkedHashMap<>();
    for (Row row : rows(penSrc, PEN_COLUMNS)) {
      String num = row.get(0).trim();
      long number;
      if (!num.matches("[0-9]{1,10}") || (number = Long.parseLong(num)) > MAX_ENTERPRISE) {
        throw row.error(
            "bad enterprise_number '" + oneLine(num) + "' (expected 0.." + MAX_ENTERPRISE + ")");
      }
      EnterpriseNumber.PenStrength strength = penStrength(row, row.get(2));
      String vid = row.get(1).trim();
      Optional<Vendor> vendor = Optional.empty();
      if (!vid.isEmpty()) {
        vendor = Optional.of(knownVendor(vendors, row, vid));
      }
      if (strength == EnterpriseNumber.PenStrength.DEFINITIVE && vendor.isEmpty()) {
        throw row.error("strength definitive needs a vendor_id");
      }
      if (strength == EnterpriseNumber.PenStrength.NONE && vendor.isPresent()) {
        throw row.error("strength none must have an empty vendor_id");
      }
      if (enterprises.containsKey(number)) {
        throw row.error("duplicate enterprise_number " + number);
      }
      enterprises.put(number, new EnterpriseNumber(number, vendor, strength, row.get(3).trim()));
    }

    List<SysDescrRule> rules = new ArrayList<>();
    java.util.Set<String> ruleIds = new java.util.HashSet<>();
    for (Row row : rows(ruleSrc, RULE_COLUMNS)) {
      String id = row.get(0).trim();
      if (!RULE_ID.matcher(id).matches()) {
        throw row.error("bad rule_id '" + oneLine(id) + "'");
      }
      if (!ruleIds.add(id)) {
        throw row.error("duplicate rule_id " + id);
      }
      Vendor vendor = knownVendor(vendors, row, row.get(1).trim());
      if (row.get(2).isBlank()) {
        throw row.error("empty pattern in rule " + id);
      }
      Pattern pattern = regex(row, "pattern", row.get(2));
      Optional<Pattern> unless =
          row.get(3).isBlank() ? Optional.empty() : Optional.of(regex(row, "unless", row.get(3)));
      EnterpriseNumber.PenStrength s = penStrength(row, row.get(4));
      if (s == EnterpriseNumber.PenStrength.NONE) {
        throw row.error("bad strength 'none' for a sysDescr rule (expected definitive or weak)");
      }
      Strength strength =
          s == EnterpriseNumber.PenStrength.DEFINITIVE ? Strength.DEFINITIVE : Strength.WEAK;
      rules.add(new SysDescrRule(id, vendor, pattern, unless, strength, row.get(5).trim()));
    }

    List<MakerName> makers = new ArrayList<>();
    for (Row row : makerSrc == null ? List.<Row>of() : rows(makerSrc, MAKER_COLUMNS)) {
      Vendor vendor = knownVendor(vendors, row, row.get(0).trim());
      if (row.get(1).isBlank()) {
        throw row.error("empty pattern for vendor_id " + vendor.id());
      }
      Pattern pattern = regex(row, "pattern", row.get(1));
      Optional<Pattern> unless =
          row.get(2).isBlank() ? Optional.empty() : Optional.of(regex(row, "unless", row.get(2)));
      EnterpriseNumber.PenStrength s = penStrength(row, row.get(3));
      if (s == EnterpriseNumber.PenStrength.NONE) {
        throw row.error("bad strength 'none' for a maker name (expected definitive or weak)");
      }
      MakerName.OuiMeaning oui;
      switch (row.get(4).trim().toLowerCase(Locale.ROOT)) {
        case "device":
          oui = MakerName.OuiMeaning.DEVICE;
          break;
        case "nic":
          oui = MakerName.OuiMeaning.NIC;
          break;
        default:
          throw row.error("bad oui '" + oneLine(row.get(4)) + "' (expected device or nic)");
      }
      makers.add(
          new MakerName(
              vendor,
              pattern,
              unless,
              s == EnterpriseNumber.PenStrength.DEFINITIVE ? Strength.DEFINITIVE : Strength.WEAK,
              oui,
              row.get(5).trim()));
    }

    List<PrivateObjectRule> privates = new ArrayList<>();
    for (Row row : privateSrc == null ? List.<Row>of() : rows(privateSrc, PRIVATE_COLUMNS)) {
      String oid = row.get(0).trim();
      oid = oid.startsWith(".") ? oid.substring(1) : oid;
      if (!DOTTED_OID.matcher(oid).matches()) {
        throw row.error(
            "bad oid '"
                + oneLine(row.get(0))
                + "' (expected dotted decimal like 1.3.6.1.4.1.9.1.0)");
      }
      String vid = row.get(1).trim();
      Optional<Vendor> vendor =
          vid.equals("*") ? Optional.empty() : Optional.of(knownVendor(vendors, row, vid));
      EnterpriseNumber.PenStrength strength = penStrength(row, row.get(2));
      Optional<Pattern> value =
          row.get(3).isBlank()
              ? Optional.empty()
              : Optional.of(regex(row, "value_pattern", row.get(3)));
      if (strength != EnterpriseNumber.PenStrength.NONE && vendor.isPresent() && value.isEmpty()) {
        throw row.error(
            "evidence row for " + vid + " needs a value_pattern (an answer alone proves nothing)");
      }
      PrivateObjectRule.Column column;
      try {
        column = PrivateObjectRule.Column.valueOf(row.get(4).trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "bad column '" + oneLine(row.get(4)) + "' (expected model, firmware, serial or none)");
      }
      privates.add(new PrivateObjectRule(oid, vendor, strength, value, column, row.get(5).trim()));
    }
    return new VendorCatalogue(vendors, watched, enterprises, rules, makers, privates);
  }

  private static Vendor knownVendor(Map<String, Vendor> vendors, Row row, String id)
      throws VendorCatalogueException {
    Vendor v = vendors.get(id);
    if (v == null) {
      throw row.error("unknown vendor_id '" + oneLine(id) + "' (not in " + VENDORS_FILE + ")");
    }
    return v;
  }

  private static EnterpriseNumber.PenStrength penStrength(Row row, String raw)
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

  private static Pattern regex(Row row, String column, String text)
      throws VendorCatalogueException {
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
    String resource = RESOURCE_DIR + file;
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl == null) {
      cl = VendorCatalogue.class.getClassLoader();
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
