package io.netaudit.identify;

/**
 * Where a piece of identification evidence came from; the strength of each is described in {@code
 * package-info.java}.
 */
public enum SignalSource {
  SYS_OBJECT_ID,
  SYS_DESCR,
  /**
   * A maker-specific object (private MIB, or a standard manufacturer field such as
   * upsIdentManufacturer).
   */
  PRIVATE_OID,
  /** ENTITY-MIB entPhysicalMfgName (and, for components, model name and description). */
  ENTITY_MFG,
  /** The IEEE registrant of a MAC address (ifPhysAddress, or the MAC in an SNMPv3 engine ID). */
  OUI,
  /** The enterprise number in the SNMPv3 authoritative engine ID. */
  ENGINE_ID,
  /**
   * An enterprise arc under which the agent serves objects ({@link
   * Observations#servedEnterprises()}): the maker's own MIB on a device whose identity is a generic
   * stack. Always weak.
   */
  SERVED_MIB,
  /**
   * A catalogue signature ({@code signatures.csv}): a combination of answers and absences that
   * names a maker when no single object does (Hytera: lwIP's bare number and no sysDescr).
   */
  SIGNATURE,
  /** LLDP/CDP neighbour data (not used yet). */
  NEIGHBOUR
}
