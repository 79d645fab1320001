package io.netaudit.identify;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.SystemMib;
import io.netaudit.snmp.TableRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Observations written the short way tests think of them: sysDescr, sysObjectID, identity objects
 * by dotted OID, entity rows, MAC addresses as text and the engine ID, turned into the generic
 * scalars and table rows the scan hands over.
 */
final class TestObservations {
  private TestObservations() {}

  static Observations of(
      String descr,
      String oid,
      Map<String, String> objects,
      List<EntityRow> entities,
      List<String> macs,
      Optional<EngineId> engineId) {
    return of(descr, oid, objects, entities, macs, engineId, List.of());
  }

  static Observations of(
      String descr,
      String oid,
      Map<String, String> objects,
      List<EntityRow> entities,
      List<String> macs,
      Optional<EngineId> engineId,
      List<Long> served) {
    Observations.Builder b =
        Observations.builder()
            .text(SystemMib.SYS_DESCR, descr)
            .text(SystemMib.SYS_OBJECT_ID, oid)
            .engineId(engineId)
            .servedEnterprises(served);
    objects.forEach((k, v) -> b.text(Oid.parse(k), v));
    if (!entities.isEmpty()) {
      b.rows(EntityMib.ENT_PHYSICAL_TABLE, entityTable(entities));
    }
    if (!macs.isEmpty()) {
      b.rows(IfMib.IF_TABLE, ifTable(macs));
    }
    return b.build();
  }

  /** entPhysicalTable rows holding what the entity rows hold. */
  static List<TableRow> entityTable(List<EntityRow> entities) {
    List<TableRow> out = new ArrayList<>();
    for (EntityRow e : entities) {
      Map<io.netaudit.snmp.ColumnId, DeviceString> v = new LinkedHashMap<>();
      v.put(EntityMib.CLASS, DeviceString.of(Integer.toString(e.physicalClass())));
      v.put(EntityMib.CONTAINED_IN, DeviceString.of(Integer.toString(e.containedIn())));
      v.put(EntityMib.DESCR, DeviceString.of(e.descr()));
      v.put(EntityMib.NAME, DeviceString.of(e.name()));
      v.put(EntityMib.HARDWARE_REV, DeviceString.of(e.hardwareRev()));
      v.put(EntityMib.FIRMWARE_REV, DeviceString.of(e.firmwareRev()));
      v.put(EntityMib.SOFTWARE_REV, DeviceString.of(e.softwareRev()));
      v.put(EntityMib.SERIAL_NUM, DeviceString.of(e.serial()));
      v.put(EntityMib.MFG_NAME, DeviceString.of(e.mfgName()));
      v.put(EntityMib.MODEL_NAME, DeviceString.of(e.modelName()));
      out.add(TableRow.of(EntityMib.ENT_PHYSICAL_TABLE, Oid.of(e.index()), v));
    }
    return out;
  }

  /**
   * ifTable rows, one per MAC text: the 6 octets of a MAC, else the text's own bytes (which no
   * reader takes for an address).
   */
  static List<TableRow> ifTable(List<String> macs) {
    List<TableRow> out = new ArrayList<>();
    for (int i = 0; i < macs.size(); i++) {
      String text = macs.get(i);
      byte[] raw =
          MacAddress.parse(text)
              .map(MacAddress::octets)
              .orElse(text.getBytes(StandardCharsets.ISO_8859_1));
      out.add(
          TableRow.of(
              IfMib.IF_TABLE, Oid.of(i + 1), Map.of(IfMib.PHYS_ADDRESS, DeviceString.of(raw))));
    }
    return out;
  }
}
