package io.netaudit.store;

/**
 * Which addresses a run swept. A RESTRICTED or REVIEW device counts as missed by a run only when
 * the run covered its address: a run of one subnet never remediates the devices of another.
 */
@FunctionalInterface
public interface Coverage {
  /** Every address (e.g. for a run whose targets are not known any more). */
  Coverage ALL = address -> true;

  /**
   * @param address an address as the reports write it
   */
  boolean covers(String address);
}
