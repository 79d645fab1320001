package io.netaudit.policy;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import io.netaudit.text.CsvTableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the policy's files from a directory or the classpath: {@code advisories.csv} and {@code
 * restricted-vendors.csv} (required), {@code families.csv}, {@code oem-producers.csv} and {@code
 * obligations.csv} (optional in a directory: absent means none).
 */
final class PolicyFiles {
  static final String ADVISORIES_FILE = Policy.ADVISORIES_FILE;
  static final String RULES_FILE = Policy.RULES_FILE;
  static final String FAMILIES_FILE = Policy.FAMILIES_FILE;
  static final String OEM_FILE = Policy.OEM_FILE;
  static final String OBLIGATIONS_FILE = Policy.OBLIGATIONS_FILE;
  private static final String BUNDLED_DIR = "netaudit/config/";

  private PolicyFiles() {}

  /** Reads the policy files from dir (the optional ones when present). */
  static Policy load(Path dir) throws PolicyException {
    Map<String, Source> files = new LinkedHashMap<>();
    for (String name :
        List.of(ADVISORIES_FILE, RULES_FILE, FAMILIES_FILE, OEM_FILE, OBLIGATIONS_FILE)) {
      Path file = dir.resolve(name);
      boolean required = name.equals(ADVISORIES_FILE) || name.equals(RULES_FILE);
      if (required || Files.exists(file)) {
        files.put(name, new Source(file.toString(), readFile(file)));
      }
    }
    return read(files);
  }

  /**
   * Reads the same files from the classpath folder netaudit/config/ (Maven copies config/ there).
   */
  static Policy loadBundled() throws PolicyException {
    Map<String, Source> files = new LinkedHashMap<>();
    for (String name :
        List.of(ADVISORIES_FILE, RULES_FILE, FAMILIES_FILE, OEM_FILE, OBLIGATIONS_FILE)) {
      files.put(name, new Source(BUNDLED_DIR + name, readResource(BUNDLED_DIR + name)));
    }
    return read(files);
  }

  /** Only the bundled advisories.csv, read as {@link #loadBundled} reads it. */
  static List<Advisory> bundledAdvisories() throws PolicyException {
    Source a =
        new Source(BUNDLED_DIR + ADVISORIES_FILE, readResource(BUNDLED_DIR + ADVISORIES_FILE));
    return AdvisoryReader.read(table(a, AdvisoryReader.SCHEMA));
  }

  /** A file's name in messages and its bytes. */
  record Source(String name, byte[] bytes) {}

  static Policy read(
      String advisoriesSource, byte[] advisoriesBytes, String rulesSource, byte[] rulesBytes)
      throws PolicyException {
    Map<String, Source> files = new LinkedHashMap<>();
    files.put(ADVISORIES_FILE, new Source(advisoriesSource, advisoriesBytes));
    files.put(RULES_FILE, new Source(rulesSource, rulesBytes));
    return read(files);
  }

  static Policy read(Map<String, Source> files) throws PolicyException {
    Source a = files.get(ADVISORIES_FILE);
    List<Advisory> advisories = AdvisoryReader.read(table(a, AdvisoryReader.SCHEMA));
    Map<String, Advisory> byId = new LinkedHashMap<>();
    advisories.forEach(x -> byId.put(x.id(), x));
    List<VendorRule> rules =
        VendorRuleReader.read(table(files.get(RULES_FILE), VendorRuleReader.SCHEMA), byId);
    Families families = Families.none();
    Source f = files.get(FAMILIES_FILE);
    if (f != null) {
      families = Families.of(FamilyReader.read(table(f, FamilyReader.SCHEMA)), f.name());
    }
    Source o = files.get(OEM_FILE);
    List<OemLink> oem = o == null ? List.of() : OemReader.read(table(o, OemReader.SCHEMA));
    Source ob = files.get(OBLIGATIONS_FILE);
    List<Obligation> obligations =
        ob == null ? List.of() : ObligationReader.read(table(ob, ObligationReader.SCHEMA), byId);
    return Policy.of(advisories, rules, families, oem, obligations);
  }

  private static CsvTable table(Source source, CsvSchema schema) throws PolicyException {
    return table(source.name(), source.bytes(), schema);
  }

  private static CsvTable table(String source, byte[] bytes, CsvSchema schema)
      throws PolicyException {
    try {
      return CsvTable.read(source, bytes, schema);
    } catch (CsvTableException e) {
      throw PolicyException.of(e);
    }
  }

  private static byte[] readFile(Path file) throws PolicyException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw PolicyException.inFile(file.toString(), "missing file");
    } catch (IOException e) {
      throw PolicyException.inFile(file.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static byte[] readResource(String name) throws PolicyException {
    try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw PolicyException.inFile("classpath:" + name, "missing file");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw PolicyException.inFile("classpath:" + name, "cannot read: " + e.getMessage());
    }
  }
}
