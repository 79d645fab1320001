package io.netaudit.identify;

import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of ENTITY-MIB entPhysicalTable. {@code physicalClass} is entPhysicalClass (3 = chassis, 9
 * = module, 10 = port, ...; 0 when not read); {@code containedIn} is entPhysicalContainedIn (0 =
 * top level). Text columns are decoded device text; null becomes the empty string.
 */
public record EntityRow(
    int index,
    int physicalClass,
    int containedIn,
    String descr,
    String name,
    String hardwareRev,
    String firmwareRev,
    String softwareRev,
    String serial,
    String mfgName,
    String modelName) {

  /** entPhysicalClass chassis(3). */
  public static final int CLASS_CHASSIS = 3;

  public EntityRow {
    descr = clean(descr);
    name = clean(name);
    hardwareRev = clean(hardwareRev);
    firmwareRev = clean(firmwareRev);
    softwareRev = clean(softwareRev);
    serial = clean(serial);
    mfgName = clean(mfgName);
    modelName = clean(modelName);
  }

  /** The entPhysicalTable rows of {@code o}, in table order. */
  static List<EntityRow> of(Observations o) {
    return of(o.rows(EntityMib.ENT_PHYSICAL_TABLE));
  }

  /**
   * Entity rows of entPhysicalTable rows; a row whose index is not one arc in int range is not an
   * entity row and is skipped. An absent class or containedIn column reads as 0 ("not given"), as
   * ENTITY-MIB's own default would.
   */
  static List<EntityRow> of(List<TableRow> rows) {
    List<EntityRow> out = new ArrayList<>();
    for (TableRow r : rows) {
      if (r.index().size() != 1 || r.index().arc(0) > Integer.MAX_VALUE) {
        continue;
      }
      out.add(
          new EntityRow(
              (int) r.index().arc(0),
              Math.max(0, number(r.get(EntityMib.CLASS).text())),
              Math.max(0, number(r.get(EntityMib.CONTAINED_IN).text())),
              r.get(EntityMib.DESCR).text(),
              r.get(EntityMib.NAME).text(),
              r.get(EntityMib.HARDWARE_REV).text(),
              r.get(EntityMib.FIRMWARE_REV).text(),
              r.get(EntityMib.SOFTWARE_REV).text(),
              r.get(EntityMib.SERIAL_NUM).text(),
              r.get(EntityMib.MFG_NAME).text(),
              r.get(EntityMib.MODEL_NAME).text()));
    }
    return out;
  }

  /** An INTEGER column in its SNMP text form; -1 when it is not a number. */
  private static int number(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Null to empty; NUL padding (seen as {@code 4875617765690000...}) and surrounding white space
   * removed.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\0' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    int start = 0;
    while (start < end && (s.charAt(start) == '\0' || Character.isWhitespace(s.charAt(start)))) {
      start++;
    }
    return s.substring(start, end);
  }
}
