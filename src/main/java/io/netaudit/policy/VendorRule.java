package io.netaudit.policy;

import io.netaudit.report.AuditStatus;
import java.util.List;

/**
 * Policy for one maker: status is RESTRICTED or REVIEW; advisories may be empty only for REVIEW.
 */
public record VendorRule(
    String vendorId, AuditStatus status, String scope, List<Advisory> advisories, String notes) {
  public VendorRule {
    advisories = List.copyOf(advisories);
  }
}
