package io.netaudit.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code families.csv}: a maker tied to a parent maker.
 *
 * @param vendorId the maker (a vendor id of the catalogue)
 * @param entity the legal entity the facts are about, e.g. "Sepura plc"
 * @param parentId the parent maker's vendor id
 * @param relation how it is tied to the parent
 * @param share the parent's stake as written, e.g. "100", "49.9"; empty when unknown
 * @param since when the tie began; empty when unknown
 * @param until when it ended; empty while it lasts
 * @param reliability the label of the weakest fact the row rests on
 * @param source where the facts come from
 * @param notes anything a reviewer should know
 */
public record FamilyLink(
    String vendorId,
    String entity,
    String parentId,
    Relation relation,
    String share,
    Optional<FactDate> since,
    Optional<FactDate> until,
    Reliability reliability,
    String source,
    String notes) {

  public FamilyLink {
    Objects.requireNonNull(vendorId, "vendorId");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(reliability, "reliability");
  }

  /** True when the tie has ended (a former subsidiary or affiliate). */
  public boolean former() {
    return until.isPresent();
  }
}
