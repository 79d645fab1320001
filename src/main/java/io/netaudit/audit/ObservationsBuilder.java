package io.netaudit.audit;

import io.netaudit.identify.EngineId;
import io.netaudit.identify.EntityRow;
import io.netaudit.identify.Observations;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.snmp.TableRow;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns what the scan read from a device into the identification's input. */
final class ObservationsBuilder {
  private ObservationsBuilder() {}

  static Observations of(ProbeResult probe) {
    SystemInfo s = probe.system();
    Inventory inv = probe.inventory();
    Map<String, String> privateObjects = new LinkedHashMap<>();
    inv.privateObjects().forEach((oid, value) -> privateObjects.put(oid, value.text()));
    return new Observations(
        s == null ? "" : s.descr().text(),
        s == null ? "" : s.objectId(),
        privateObjects,
        entities(inv.entities()),
        macs(inv.interfaces()),
        engineId(inv),
        inv.servedEnterprises());
  }

  static Optional<EngineId> engineId(Inventory inv) {
    byte[] raw = inv.engineId();
    return raw == null ? Optional.empty() : Optional.of(EngineId.decode(raw));
  }

  static List<EntityRow> entities(List<TableRow> rows) {
    List<EntityRow> out = new ArrayList<>();
    for (TableRow r : rows) {
      int index = parseInt(r.index());
      if (index < 0) {
        continue; // entPhysicalIndex is one arc; anything else is not an entity row
      }
      // An absent class or containedIn column reads as 0 ("not given"), as ENTITY-MIB's own default
      // would.
      out.add(
          new EntityRow(
              index,
              Math.max(0, parseInt(r.column(5).text())),
              Math.max(0, parseInt(r.column(4).text())),
              r.column(2).text(),
              r.column(7).text(),
              r.column(8).text(),
              r.column(9).text(),
              r.column(10).text(),
              r.column(11).text(),
              r.column(12).text(),
              r.column(13).text()));
    }
    return out;
  }

  /** ifPhysAddress values that are real 6-octet MACs, de-duplicated, in table order. */
  static List<String> macs(List<TableRow> interfaces) {
    Set<String> out = new LinkedHashSet<>();
    for (TableRow r : interfaces) {
      String mac = mac(r.column(6));
      if (mac != null) {
        out.add(mac);
      }
    }
    return List.copyOf(out);
  }

  /** A 6-octet address as aa:bb:cc:dd:ee:ff, or null for empty, all-zero or other lengths. */
  static String mac(DeviceString value) {
    byte[] raw = value.raw();
    if (raw.length != 6) {
      return null;
    }
    boolean zero = true;
    for (byte b : raw) {
      zero &= b == 0;
    }
    return zero ? null : HexFormat.ofDelimiter(":").formatHex(raw);
  }

  static int parseInt(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
