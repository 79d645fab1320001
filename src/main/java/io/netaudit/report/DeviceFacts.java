package io.netaudit.report;

/**
 * What the device said about itself (or, for a component or neighbour row, what was said about it).
 * Text is "" when absent, numbers null.
 *
 * @param enterpriseNumber the arc after 1.3.6.1.4.1 in sysObjectID
 * @param sysUptime sysUpTime in hundredths of a second
 * @param serial the serial number (a private object or the chassis entPhysicalSerialNum; for a
 *     component row, the component's)
 */
public record DeviceFacts(
    String sysDescr,
    String sysObjectId,
    Long enterpriseNumber,
    String sysName,
    String sysLocation,
    String model,
    String firmware,
    String sysContact,
    Long sysUptime,
    String serial) {
  /** Nothing known. */
  public static final DeviceFacts NONE =
      new DeviceFacts("", "", null, "", "", "", "", "", null, "");

  public DeviceFacts {
    sysDescr = Texts.orEmpty(sysDescr);
    sysObjectId = Texts.orEmpty(sysObjectId);
    sysName = Texts.orEmpty(sysName);
    sysLocation = Texts.orEmpty(sysLocation);
    model = Texts.orEmpty(model);
    firmware = Texts.orEmpty(firmware);
    sysContact = Texts.orEmpty(sysContact);
    serial = Texts.orEmpty(serial);
  }
}
