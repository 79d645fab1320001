package io.netaudit.identify;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.SystemMib;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one device that may name its maker, in one generic shape: the scalars it
 * answered (the system group's sysDescr and sysObjectID, identity objects, ...), the rows of the
 * tables walked, the engine ID of the SNMPv3 discovery and the enterprise subtrees it serves. Each
 * {@link Signal} reads what it declared in its {@code reads()}; a new object or table needs no new
 * field here. sysName, sysLocation and sysContact are never evidence, so they are never added.
 *
 * @param scalars OID -> value, for the scalars the device answered
 * @param tables table -> rows in table order, for the tables walked
 * @param engineId the authoritative engine ID from the credential-less SNMPv3 discovery
 * @param servedEnterprises enterprise numbers (arcs after 1.3.6.1.4.1) under which the agent serves
 *     objects, in the order found, generic stacks (net-snmp 8072, UCD 2021, ...) skipped: a device
 *     on a generic identity often still carries its maker's own MIB
 */
public record Observations(
    Map<Oid, DeviceString> scalars,
    Map<TableId, List<TableRow>> tables,
    Optional<EngineId> engineId,
    List<Long> servedEnterprises) {

  public Observations {
    Map<Oid, DeviceString> s = new LinkedHashMap<>();
    if (scalars != null) {
      scalars.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              s.put(k, v);
            }
          });
    }
    scalars = Collections.unmodifiableMap(s);
    Map<TableId, List<TableRow>> t = new LinkedHashMap<>();
    if (tables != null) {
      tables.forEach((k, v) -> t.put(k, List.copyOf(v)));
    }
    tables = Collections.unmodifiableMap(t);
    engineId = engineId == null ? Optional.empty() : engineId;
    servedEnterprises =
        servedEnterprises == null
            ? List.of()
            : servedEnterprises.stream().filter(Objects::nonNull).toList();
  }

  /** Only the system group: sysDescr and sysObjectID (either may be null or empty). */
  public static Observations of(String sysDescr, String sysObjectId) {
    return builder()
        .text(SystemMib.SYS_DESCR, sysDescr)
        .text(SystemMib.SYS_OBJECT_ID, sysObjectId)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The value of a scalar the device answered. */
  public Optional<DeviceString> scalar(Oid oid) {
    return Optional.ofNullable(scalars.get(oid));
  }

  /** The decoded text of a scalar; empty when the device did not answer it. */
  public String text(Oid oid) {
    DeviceString v = scalars.get(oid);
    return v == null ? "" : v.text();
  }

  /** The rows of {@code table}; empty when it was not walked. */
  public List<TableRow> rows(TableId table) {
    return tables.getOrDefault(table, List.of());
  }

  /** Decoded sysDescr; empty when absent. */
  public String sysDescr() {
    return text(SystemMib.SYS_DESCR);
  }

  /** sysObjectID as the device's answer was written (dotted); empty when absent. */
  public String sysObjectId() {
    return text(SystemMib.SYS_OBJECT_ID);
  }

  /** Collects observations; later values for the same scalar or table replace earlier ones. */
  public static final class Builder {
    private final Map<Oid, DeviceString> scalars = new LinkedHashMap<>();
    private final Map<TableId, List<TableRow>> tables = new LinkedHashMap<>();
    private Optional<EngineId> engineId = Optional.empty();
    private List<Long> served = List.of();

    private Builder() {}

    public Builder scalar(Oid oid, DeviceString value) {
      scalars.put(Objects.requireNonNull(oid, "oid"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** A scalar given as text; null is left out (not answered). */
    public Builder text(Oid oid, String value) {
      return value == null ? this : scalar(oid, DeviceString.of(value));
    }

    /**
     * @throws IllegalArgumentException when a row belongs to another table
     */
    public Builder rows(TableId table, List<TableRow> rows) {
      for (TableRow r : rows) {
        if (!r.table().equals(table)) {
          throw new IllegalArgumentException("a row of " + r.table() + " given as " + table);
        }
      }
      tables.put(table, new ArrayList<>(rows));
      return this;
    }

    public Builder engineId(Optional<EngineId> id) {
      engineId = Objects.requireNonNull(id, "id");
      return this;
    }

    public Builder servedEnterprises(List<Long> enterprises) {
      served = Objects.requireNonNull(enterprises, "enterprises");
      return this;
    }

    public Observations build() {
      return new Observations(scalars, tables, engineId, served);
    }
  }
}
