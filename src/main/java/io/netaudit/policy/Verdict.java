package io.netaudit.policy;

import io.netaudit.identify.Vendor;
import io.netaudit.report.AuditStatus;
import java.util.List;
import java.util.Optional;

/**
 * The policy's judgement of one device. advisories: those behind the status; reason: one line why,
 * e.g. "Huawei is restricted by US-NDAA-889, CZ-NUKIB-2018 ...".
 */
public record Verdict(
    AuditStatus status, Optional<Vendor> vendor, List<Advisory> advisories, String reason) {
  public Verdict {
    advisories = List.copyOf(advisories);
  }
}
