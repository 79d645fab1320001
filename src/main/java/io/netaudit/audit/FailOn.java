package io.netaudit.audit;

import io.netaudit.report.AuditStatus;

/** Which findings turn the exit code into 1 ("findings"). */
public enum FailOn {
  RESTRICTED,
  REVIEW,
  NEVER;

  public boolean isFinding(AuditStatus status) {
    switch (this) {
      case RESTRICTED:
        return status == AuditStatus.RESTRICTED;
      case REVIEW:
        return status == AuditStatus.RESTRICTED || status == AuditStatus.REVIEW;
      default:
        return false;
    }
  }
}
