package io.netaudit.policy;

import io.netaudit.report.AuditStatus;
import java.util.List;

/**
 * What the policy says about one maker before any device is looked at: its own rule, or what it
 * inherits from its corporate family, or its standing as an OEM brand of a listed producer.
 *
 * @param vendorId the maker
 * @param status RESTRICTED or REVIEW
 * @param advisories the advisories behind the status (REVIEW may have none)
 * @param headline how a verdict names the status, e.g. "restricted by US-NDAA-889 as a Hytera
 *     Communications subsidiary"; for a maker with a rule of its own exactly the words used since
 *     the first version ("restricted by ...", "flagged for review (named by no advisory)")
 * @param reason the verdict's words after the maker's name, e.g. "is restricted by US-NDAA-889 as a
 *     Hytera Communications subsidiary: Sepura plc — ...; scope: ...": the maker's own rule with
 *     its scope first, then its family tie, then its OEM standing
 */
record MakerPolicy(
    String vendorId,
    AuditStatus status,
    List<Advisory> advisories,
    String headline,
    String reason) {
  MakerPolicy {
    advisories = List.copyOf(advisories);
  }
}
