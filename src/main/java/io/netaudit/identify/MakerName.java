package io.netaudit.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of {@code maker-names.csv}: an organisation or manufacturer name pattern and the
 * catalogue maker it stands for. {@code strength} applies to a manufacturer field
 * (entPhysicalMfgName, upsIdentManufacturer); {@code partsOnly} marks a chip maker whose name in
 * such a field (or as an IANA registrant) is its reference firmware's default, never the device
 * maker (strength {@code none} in the file); {@code oui} says what a MAC address registered under
 * that name tells about the device.
 */
public record MakerName(
    Vendor vendor,
    Pattern pattern,
    Optional<Pattern> unless,
    Strength strength,
    boolean partsOnly,
    OuiMeaning oui,
    String notes) {

  /** What an IEEE registration of this maker on a device's interface says. */
  public enum OuiMeaning {
    /** The registrant builds devices: its OUI names the device maker. */
    DEVICE,
    /** The registrant sells NICs, boards, modules or ODM hardware: its OUI names only that part. */
    NIC
  }

  /** Returns the matched text when the name matches (and the veto does not), else empty. */
  public Optional<String> match(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(name);
    if (!m.find() || unless.isPresent() && unless.get().matcher(name).find()) {
      return Optional.empty();
    }
    return Optional.of(m.group());
  }
}
