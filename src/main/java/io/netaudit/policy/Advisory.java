package io.netaudit.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One government advisory (a row of advisories.csv); url is empty when no official page is
 * confirmed; coverage says whom it reaches beyond the makers it names.
 */
public record Advisory(
    String id,
    String issuer,
    String jurisdiction,
    LocalDate date,
    String title,
    String url,
    Coverage coverage) {

  public Advisory {
    Objects.requireNonNull(coverage, "coverage");
  }

  /** An advisory that reaches only the companies it names. */
  public Advisory(
      String id, String issuer, String jurisdiction, LocalDate date, String title, String url) {
    this(id, issuer, jurisdiction, date, title, url, Coverage.NAMED_ONLY);
  }
}
