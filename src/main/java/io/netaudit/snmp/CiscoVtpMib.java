package io.netaudit.snmp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * CISCO-VTP-MIB vtpVlanTable: the VLANs a Cisco switch knows. Cisco IOS keeps one BRIDGE-MIB
 * instance per VLAN; these are the VLANs whose instance is worth reading.
 */
public final class CiscoVtpMib {
  /** Indexed by managementDomainIndex.vtpVlanIndex. */
  public static final TableId VLAN_TABLE =
      new TableId("vtpVlanTable", Oid.parse("1.3.6.1.4.1.9.9.46.1.3.1.1"));

  /** operational(1), suspended(2), mtuTooBigForDevice(3), mtuTooBigForTrunk(4). */
  public static final ColumnId VLAN_STATE = VLAN_TABLE.column(2, "vtpVlanState");

  /** VLANs 1002-1005 are the FDDI and Token Ring defaults every IOS switch lists. */
  private static final int FIRST_LEGACY_DEFAULT = 1002;

  private static final int LAST_LEGACY_DEFAULT = 1005;

  private CiscoVtpMib() {}

  /**
   * The operational Ethernet VLANs of the rows read (1..4094, the FDDI/Token Ring defaults
   * 1002-1005 left out), ascending, without repeats.
   */
  public static List<Integer> operationalVlans(List<TableRow> rows) {
    TreeSet<Integer> vlans = new TreeSet<>();
    for (TableRow r : rows) {
      if (r.index().size() != 2 || !"1".equals(r.get(VLAN_STATE).text().strip())) {
        continue;
      }
      long vlan = r.index().arc(1);
      if (vlan >= 1
          && vlan <= 4094
          && (vlan < FIRST_LEGACY_DEFAULT || vlan > LAST_LEGACY_DEFAULT)) {
        vlans.add((int) vlan);
      }
    }
    return new ArrayList<>(vlans);
  }
}
