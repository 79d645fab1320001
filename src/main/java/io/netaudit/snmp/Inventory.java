package io.netaudit.snmp;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the inventory round read from a device that answered, beyond the system group. Tables are as
 * the device returned them (bounded walks); {@code problems} says what could not be read.
 *
 * @param privateObjects vendor identity objects: dotted OID -> value
 * @param entities ENTITY-MIB entPhysicalTable rows
 * @param interfaces IF-MIB ifTable rows (column 6 = ifPhysAddress, raw bytes)
 * @param lldpNeighbours LLDP-MIB lldpRemTable rows (4 chassis id subtype, 5 chassis id, 9 sysName,
 *     10 sysDesc)
 * @param lldpManagementAddresses lldpRemManAddrTable rows; the address is in the index
 * @param cdpNeighbours CISCO-CDP-MIB cdpCacheTable rows (4 address, 5 version, 6 device id, 8
 *     platform)
 * @param engineId the msgAuthoritativeEngineID of the credential-less SNMPv3 discovery, or null
 * @param servedEnterprises enterprise numbers whose subtrees the agent serves (generic agent MIBs
 *     skipped)
 */
public record Inventory(
    Map<String, DeviceString> privateObjects,
    List<TableRow> entities,
    List<TableRow> interfaces,
    List<TableRow> lldpNeighbours,
    List<TableRow> lldpManagementAddresses,
    List<TableRow> cdpNeighbours,
    byte[] engineId,
    List<Long> servedEnterprises,
    List<String> problems) {

  public static final Inventory EMPTY =
      new Inventory(
          Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
          List.of());

  public Inventory {
    privateObjects = Map.copyOf(privateObjects);
    entities = List.copyOf(entities);
    interfaces = List.copyOf(interfaces);
    lldpNeighbours = List.copyOf(lldpNeighbours);
    lldpManagementAddresses = List.copyOf(lldpManagementAddresses);
    cdpNeighbours = List.copyOf(cdpNeighbours);
    engineId = engineId == null ? null : engineId.clone();
    servedEnterprises = List.copyOf(servedEnterprises);
    problems = List.copyOf(problems);
    Objects.requireNonNull(privateObjects);
  }

  public Inventory withEngineId(byte[] id) {
    return new Inventory(
        privateObjects,
        entities,
        interfaces,
        lldpNeighbours,
        lldpManagementAddresses,
        cdpNeighbours,
        id,
        servedEnterprises,
        problems);
  }

  @Override
  public byte[] engineId() {
    return engineId == null ? null : engineId.clone();
  }
}
