package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of {@code private-oids.csv}. {@code vendor} empty means {@code *}: the value is a
 * manufacturer name, mapped through {@code maker-names.csv}. {@code strength} NONE rows only fill a
 * report {@link Column}.
 */
public record PrivateObjectRule(
    Oid oid,
    Optional<Vendor> vendor,
    EnterpriseNumber.PenStrength strength,
    Optional<Pattern> valuePattern,
    Column column,
    String notes) {

  /** Which report column a matching value fills. */
  public enum Column {
    MODEL,
    FIRMWARE,
    SERIAL,
    NONE
  }

  /** True when the value is not blank and matches the value pattern (if any). */
  public boolean accepts(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return valuePattern.isEmpty() || valuePattern.get().matcher(value).find();
  }
}
