package io.netaudit.snmp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inventory round read from a device that answered, beyond the system group: what the
 * {@link Reads} of the identification signals and the neighbour reader asked for. One shape for
 * every object and table, so a new table needs no new field here.
 *
 * @param scalars the scalar objects the device answered (vendor identity objects, ...): OID ->
 *     value
 * @param tables table -> rows in walk order, for the tables walked (bounded walks: a table may be
 *     cut at the row limit, see {@code problems})
 * @param engineId the msgAuthoritativeEngineID of the credential-less SNMPv3 discovery, or null
 * @param servedEnterprises enterprise numbers whose subtrees the agent serves (generic agent MIBs
 *     skipped)
 * @param problems what could not be read
 * @param vlanTables VLAN -> table -> rows, for the tables read again in each VLAN's own context
 *     ({@link Reads#perVlan()}); empty when the device lists no VLANs
 */
public record Inventory(
    Map<Oid, DeviceString> scalars,
    Map<TableId, List<TableRow>> tables,
    byte[] engineId,
    List<Long> servedEnterprises,
    List<String> problems,
    Map<Integer, Map<TableId, List<TableRow>>> vlanTables) {

  public static final Inventory EMPTY =
      new Inventory(Map.of(), Map.of(), null, List.of(), List.of());

  public Inventory {
    scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
    tables = copy(tables);
    engineId = engineId == null ? null : engineId.clone();
    servedEnterprises = List.copyOf(servedEnterprises);
    problems = List.copyOf(problems);
    Map<Integer, Map<TableId, List<TableRow>>> v = new java.util.TreeMap<>();
    vlanTables.forEach((vlan, t) -> v.put(vlan, copy(t)));
    vlanTables = Collections.unmodifiableMap(v);
  }

  public Inventory(
      Map<Oid, DeviceString> scalars,
      Map<TableId, List<TableRow>> tables,
      byte[] engineId,
      List<Long> servedEnterprises,
      List<String> problems) {
    this(scalars, tables, engineId, servedEnterprises, problems, Map.of());
  }

  private static Map<TableId, List<TableRow>> copy(Map<TableId, List<TableRow>> tables) {
    Map<TableId, List<TableRow>> t = new LinkedHashMap<>();
    tables.forEach((id, rows) -> t.put(id, List.copyOf(rows)));
    return Collections.unmodifiableMap(t);
  }

  public Inventory withEngineId(byte[] id) {
    return new Inventory(scalars, tables, id, servedEnterprises, problems, vlanTables);
  }

  /** The value of a scalar the device answered. */
  public Optional<DeviceString> scalar(Oid oid) {
    return Optional.ofNullable(scalars.get(oid));
  }

  /** The rows read of {@code table}, in walk order; empty when it was not walked. */
  public List<TableRow> rows(TableId table) {
    return tables.getOrDefault(table, List.of());
  }

  @Override
  public byte[] engineId() {
    return engineId == null ? null : engineId.clone();
  }
}
