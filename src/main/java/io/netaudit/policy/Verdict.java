package io.netaudit.policy;

import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy's judgement of one device. advisories: those behind the status; reason: one line why,
 * e.g. "Huawei is restricted by US-NDAA-889, CZ-NUKIB-2018 ..."; deadline: for a RESTRICTED
 * verdict, the earliest dated removal obligation of its advisories.
 */
public record Verdict(
    AuditStatus status,
    Optional<Vendor> vendor,
    List<Advisory> advisories,
    String reason,
    Optional<Obligation> deadline) {
  public Verdict {
    advisories = List.copyOf(advisories);
    Objects.requireNonNull(deadline, "deadline");
  }

  public Verdict(
      AuditStatus status, Optional<Vendor> vendor, List<Advisory> advisories, String reason) {
    this(status, vendor, advisories, reason, Optional.empty());
  }
}
