package io.netaudit.demo;

import io.netaudit.agent.Fault;

/**
 * One device of the demo network, described as an admin would see it.
 *
 * @param host the last octet of its address inside the demo /27
 */
record DemoDevice(
    int host,
    String sysDescr,
    String sysObjectId,
    String sysName,
    String sysLocation,
    String sysContact,
    String community,
    Fault fault) {

  static DemoDevice of(
      int host, String sysDescr, String sysObjectId, String sysName, String sysLocation) {
    return new DemoDevice(
        host, sysDescr, sysObjectId, sysName, sysLocation, "noc@example.net", "public", Fault.NONE);
  }

  DemoDevice withFault(Fault f) {
    return new DemoDevice(
        host, sysDescr, sysObjectId, sysName, sysLocation, sysContact, community, f);
  }

  DemoDevice withCommunity(String c) {
    return new DemoDevice(host, sysDescr, sysObjectId, sysName, sysLocation, sysContact, c, fault);
  }

  DemoDevice withContact(String c) {
    return new DemoDevice(host, sysDescr, sysObjectId, sysName, sysLocation, c, community, fault);
  }
}
