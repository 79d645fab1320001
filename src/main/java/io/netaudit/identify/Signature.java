package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code signatures.csv}: a combination of answers and absences that names a maker when
 * no single object does, read by {@link SignatureSignal}.
 *
 * @param id the row's slug
 * @param vendor the maker the signature names
 * @param sysObjectId the sysObjectID the device must answer, exactly (or, with {@code subtree}, it
 *     or any OID under it); empty = any
 * @param subtree true when {@code sysObjectId} names a subtree (written with a trailing {@code .*})
 * @param noSysDescr true when the device must answer no sysDescr (nothing, or only blanks)
 * @param alone true when the signature counts only if no other evidence names another maker (an
 *     absence weighs less than any answer)
 * @param strength the evidence's strength
 * @param evidence the evidence text
 * @param notes why the signature holds
 */
record Signature(
    String id,
    Vendor vendor,
    Optional<Oid> sysObjectId,
    boolean subtree,
    boolean noSysDescr,
    boolean alone,
    Strength strength,
    String evidence,
    String notes) {
  Signature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(sysObjectId, "sysObjectId");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** True when {@code oid} is the signature's sysObjectID, or under it for a subtree. */
  boolean covers(Optional<Oid> oid) {
    if (sysObjectId.isEmpty()) {
      return true;
    }
    return subtree
        ? oid.filter(o -> o.startsWith(sysObjectId.get())).isPresent()
        : sysObjectId.equals(oid);
  }
}
