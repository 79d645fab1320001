package io.netaudit.identify;

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
