package io.netaudit.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Rapid7 Recog SNMP fingerprints the catalogue ships ({@code config/recog/snmp_sysdescr.xml}
 * and {@code snmp_sysobjid.xml}, BSD-2-Clause, see {@code config/recog/README.md}) and netaudit's
 * own reading of them ({@code recog-operating-systems.csv}: which operating systems run on other
 * makers' hardware, so that a fingerprint naming only such an OS never names the maker). Immutable.
 */
public final class RecogFingerprints {
  public static final String SYS_DESCR_FILE = "recog/snmp_sysdescr.xml";
  public static final String SYS_OBJECT_ID_FILE = "recog/snmp_sysobjid.xml";
  public static final String OPERATING_SYSTEMS_FILE = "recog-operating-systems.csv";

  private static final List<String> OS_COLUMNS = List.of("pattern", "notes");

  private final RecogDatabase sysDescr;
  private final RecogDatabase sysObjectId;
  private final List<Pattern> operatingSystems;

  private RecogFingerprints(
      RecogDatabase sysDescr, RecogDatabase sysObjectId, List<Pattern> operatingSystems) {
    this.sysDescr = sysDescr;
    this.sysObjectId = sysObjectId;
    this.operatingSystems = List.copyOf(operatingSystems);
  }

  /** No fingerprints at all. */
  static RecogFingerprints none() {
    return new RecogFingerprints(null, null, List.of());
  }

  /** Reads the three sources; a null source is an absent file (no such fingerprints). */
  static RecogFingerprints parse(
      CatalogueCsv.Source sysDescrSrc,
      CatalogueCsv.Source sysObjectIdSrc,
      CatalogueCsv.Source osSrc)
      throws VendorCatalogueException {
    List<Pattern> os = new ArrayList<>();
    if (osSrc != null) {
      for (CatalogueCsv.Row row : CatalogueCsv.rows(osSrc, OS_COLUMNS)) {
        if (row.get("pattern").isBlank()) {
          throw row.error("empty pattern");
        }
        os.add(CatalogueCsv.regex(row, "pattern", row.get("pattern")));
      }
    }
    return new RecogFingerprints(
        sysDescrSrc == null ? null : RecogDatabase.parse(sysDescrSrc),
        sysObjectIdSrc == null ? null : RecogDatabase.parse(sysObjectIdSrc),
        os);
  }

  /** The sysDescr fingerprints, if shipped. */
  public Optional<RecogDatabase> sysDescr() {
    return Optional.ofNullable(sysDescr);
  }

  /** The sysObjectID fingerprints, if shipped. */
  public Optional<RecogDatabase> sysObjectId() {
    return Optional.ofNullable(sysObjectId);
  }

  /**
   * The operating system a match names when it names no hardware maker and its {@code os.family}
   * (else {@code os.product}) is one that runs on other makers' hardware (Linux, Windows, the BSDs,
   * ...); empty otherwise.
   */
  public Optional<String> genericOs(Map<String, String> values) {
    if (values.containsKey("hw.vendor")) {
      return Optional.empty();
    }
    String os = values.getOrDefault("os.family", values.get("os.product"));
    if (os == null) {
      return Optional.empty();
    }
    return operatingSystems.stream().anyMatch(p -> p.matcher(os).find())
        ? Optional.of(os)
        : Optional.empty();
  }
}
