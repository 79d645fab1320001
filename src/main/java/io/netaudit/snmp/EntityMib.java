package io.netaudit.snmp;

/** ENTITY-MIB (RFC 6933) entPhysicalTable: the chassis, its modules, ports and optics. */
public final class EntityMib {
  public static final TableId ENT_PHYSICAL_TABLE =
      new TableId("entPhysicalTable", Oid.parse("1.3.6.1.2.1.47.1.1.1.1"));

  public static final ColumnId DESCR = ENT_PHYSICAL_TABLE.column(2, "entPhysicalDescr");

  /** The index of the row this one is inside; 0 = top level. */
  public static final ColumnId CONTAINED_IN =
      ENT_PHYSICAL_TABLE.column(4, "entPhysicalContainedIn");

  /** PhysicalClass: 3 chassis, 9 module, 10 port, ... */
  public static final ColumnId CLASS = ENT_PHYSICAL_TABLE.column(5, "entPhysicalClass");

  public static final ColumnId NAME = ENT_PHYSICAL_TABLE.column(7, "entPhysicalName");
  public static final ColumnId HARDWARE_REV =
      ENT_PHYSICAL_TABLE.column(8, "entPhysicalHardwareRev");
  public static final ColumnId FIRMWARE_REV =
      ENT_PHYSICAL_TABLE.column(9, "entPhysicalFirmwareRev");
  public static final ColumnId SOFTWARE_REV =
      ENT_PHYSICAL_TABLE.column(10, "entPhysicalSoftwareRev");
  public static final ColumnId SERIAL_NUM = ENT_PHYSICAL_TABLE.column(11, "entPhysicalSerialNum");
  public static final ColumnId MFG_NAME = ENT_PHYSICAL_TABLE.column(12, "entPhysicalMfgName");
  public static final ColumnId MODEL_NAME = ENT_PHYSICAL_TABLE.column(13, "entPhysicalModelName");

  private EntityMib() {}
}
