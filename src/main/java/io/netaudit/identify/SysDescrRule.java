package io.netaudit.identify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of {@code sysdescr-rules.csv}. The rule fires when {@code pattern} is found
 * (case-insensitively) in the sysDescr and {@code unless}, if present, is not.
 */
public record SysDescrRule(
    String id,
    Vendor vendor,
    Pattern pattern,
    Optional<Pattern> unless,
    Strength strength,
    String notes) {

  /** Returns the matched text when the rule fires, else empty. */
  public Optional<String> match(String sysDescr) {
    if (sysDescr == null || sysDescr.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(sysDescr);
    if (!m.find()) {
      return Optional.empty();
    }
    if (unless.isPresent() && unless.get().matcher(sysDescr).find()) {
      return Optional.empty();
    }
    return Optional.of(m.group());
  }
}
