package io.netaudit.audit;

import io.netaudit.identify.EngineId;
import io.netaudit.identify.Observations;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.snmp.SystemMib;
import io.netaudit.snmp.TableRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns what the scan read from a device into the identification's input. */
final class ObservationsBuilder {
  private ObservationsBuilder() {}

  /** Everything the probe read: the inventory's scalars and tables, sysDescr and sysObjectID. */
  static Observations of(ProbeResult probe) {
    Inventory inv = probe.inventory();
    Observations.Builder b = Observations.builder();
    inv.scalars().forEach(b::scalar);
    inv.tables().forEach(b::rows);
    SystemInfo s = probe.system();
    if (s != null) {
      b.scalar(SystemMib.SYS_DESCR, s.descr()).text(SystemMib.SYS_OBJECT_ID, s.objectId());
    }
    return b.engineId(engineId(inv)).servedEnterprises(inv.servedEnterprises()).build();
  }

  /**
   * What a neighbour's LLDP/CDP record says of it: its description stands for its sysDescr, and its
   * chassis MAC is read as one of its interface MACs (evidence "ifPhysAddress MAC ...").
   */
  static Observations of(Neighbour n) {
    Observations.Builder b =
        Observations.builder()
            .text(SystemMib.SYS_DESCR, n.description())
            .text(SystemMib.SYS_OBJECT_ID, "");
    if (n.chassisMac() != null) {
      DeviceString mac = DeviceString.of(n.chassisMac().octets());
      b.rows(
          IfMib.IF_TABLE,
          List.of(TableRow.of(IfMib.IF_TABLE, Oid.of(1), Map.of(IfMib.PHYS_ADDRESS, mac))));
    }
    return b.build();
  }

  static Optional<EngineId> engineId(Inventory inv) {
    byte[] raw = inv.engineId();
    return raw == null ? Optional.empty() : Optional.of(EngineId.decode(raw));
  }
}
