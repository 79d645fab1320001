package io.netaudit.snmp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader of device data (an identification signal, the neighbour reader) needs the scan to
 * read: scalar objects, table columns, and whether to look for the enterprise subtrees the agent
 * serves. The scan's inventory plan is the union of the readers' {@code Reads}, so a reader that
 * needs a new object or table says so here and nowhere else.
 *
 * @param scalars scalar instances to GET, in first-declared order, without repeats
 * @param columns table columns to walk, in first-declared order, without repeats
 * @param servedEnterprises true to probe which enterprise subtrees (1.3.6.1.4.1.N) the agent serves
 * @param perVlan table columns to walk again in each VLAN's own context, for the VLANs the device
 *     lists in CISCO-VTP-MIB vtpVlanState (Cisco IOS keeps one BRIDGE-MIB per VLAN: community
 *     {@code public@<vlan>}, SNMPv3 context {@code vlan-<vlan>}); the rows come back per VLAN
 */
public record Reads(
    List<Oid> scalars, List<ColumnId> columns, boolean servedEnterprises, List<ColumnId> perVlan) {
  public static final Reads NOTHING = new Reads(List.of(), List.of(), false);

  /** The enterprise subtrees the agent serves. */
  public static final Reads SERVED_ENTERPRISES = new Reads(List.of(), List.of(), true);

  public Reads {
    scalars = List.copyOf(new LinkedHashSet<>(scalars));
    columns = List.copyOf(new LinkedHashSet<>(columns));
    perVlan = List.copyOf(new LinkedHashSet<>(perVlan));
  }

  public Reads(List<Oid> scalars, List<ColumnId> columns, boolean servedEnterprises) {
    this(scalars, columns, servedEnterprises, List.of());
  }

  /** Columns to walk in each VLAN context the device lists (see {@code perVlan} above). */
  public static Reads perVlan(ColumnId... columns) {
    return new Reads(List.of(), List.of(), false, List.of(columns));
  }

  public static Reads scalars(Collection<Oid> oids) {
    return new Reads(List.copyOf(oids), List.of(), false);
  }

  public static Reads scalars(Oid... oids) {
    return scalars(List.of(oids));
  }

  public static Reads columns(ColumnId... columns) {
    return new Reads(List.of(), List.of(columns), false);
  }

  /** Everything this reads and everything {@code other} reads. */
  public Reads and(Reads other) {
    List<Oid> s = new ArrayList<>(scalars);
    s.addAll(other.scalars);
    List<ColumnId> c = new ArrayList<>(columns);
    c.addAll(other.columns);
    List<ColumnId> v = new ArrayList<>(perVlan);
    v.addAll(other.perVlan);
    return new Reads(s, c, servedEnterprises || other.servedEnterprises, v);
  }

  /** These reads without the scalars in {@code read} (e.g. the system group, read anyway). */
  public Reads withoutScalars(Collection<Oid> read) {
    List<Oid> s = new ArrayList<>(scalars);
    s.removeAll(Set.copyOf(read));
    return new Reads(s, columns, servedEnterprises, perVlan);
  }

  /** The columns grouped by table: tables in first-declared order, columns by number. */
  public Map<TableId, List<ColumnId>> tables() {
    return byTable(columns);
  }

  /** The per-VLAN columns grouped by table, as {@link #tables()}. */
  public Map<TableId, List<ColumnId>> perVlanTables() {
    return byTable(perVlan);
  }

  private static Map<TableId, List<ColumnId>> byTable(List<ColumnId> list) {
    Map<TableId, List<ColumnId>> out = new LinkedHashMap<>();
    for (ColumnId c : list) {
      out.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c);
    }
    out.replaceAll(
        (t, cs) -> cs.stream().sorted(Comparator.comparingInt(ColumnId::number)).toList());
    return out;
  }

  public boolean isEmpty() {
    return scalars.isEmpty() && columns.isEmpty() && !servedEnterprises && perVlan.isEmpty();
  }
}
