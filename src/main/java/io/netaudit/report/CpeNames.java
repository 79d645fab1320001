package io.netaudit.report;

/**
 * The CPE 2.3 names of what a row is about (formatted strings, see {@code io.netaudit.text.Cpe23}):
 * the hardware ({@code cpe:2.3:h:...}) and its firmware ({@code
 * cpe:2.3:o:..._firmware:version:...}). "" when not known: a name needs the maker's NVD vendor name
 * and a model (and, for the firmware, its version).
 */
public record CpeNames(String hardware, String firmware) {
  /** No names known. */
  public static final CpeNames NONE = new CpeNames("", "");

  public CpeNames {
    hardware = Texts.orEmpty(hardware);
    firmware = Texts.orEmpty(firmware);
  }
}
