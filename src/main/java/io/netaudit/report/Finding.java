package io.netaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * The verdict part of a row: what the audit concluded and why.
 *
 * @param status the audit status
 * @param vendor the identified maker's name; "" when none
 * @param advisories ids of the advisories behind the status, e.g. {@code US-NDAA-889}
 * @param confidence how sure the identification is, e.g. {@code high}; "" when no maker
 * @param evidence what the verdict rests on, in order
 * @param cpe the CPE names of the identified maker's model and firmware, when known
 */
public record Finding(
    AuditStatus status,
    String vendor,
    List<String> advisories,
    String confidence,
    List<EvidenceItem> evidence,
    CpeNames cpe) {
  public Finding {
    Objects.requireNonNull(status, "status");
    vendor = Texts.orEmpty(vendor);
    advisories = advisories == null ? List.of() : List.copyOf(advisories);
    confidence = Texts.orEmpty(confidence);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    cpe = cpe == null ? CpeNames.NONE : cpe;
  }
}
