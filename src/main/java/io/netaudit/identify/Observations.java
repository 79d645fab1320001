package io.netaudit.identify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one device that may name its maker. sysName, sysLocation and sysContact are
 * never evidence, so they are not here.
 *
 * @param sysDescr decoded sysDescr; may be null or empty
 * @param sysObjectId dotted sysObjectID; may be null, empty or malformed
 * @param privateObjects dotted OID (no leading dot) to decoded text, for the OIDs of {@link
 *     Identifier#privateObjectIds()} that the device answered
 * @param entities entPhysicalTable rows; empty when not read
 * @param macAddresses {@code aa:bb:cc:dd:ee:ff} (ifPhysAddress); other spellings ({@code AA-BB-..},
 *     bare hex) are accepted, anything else is ignored with a note
 * @param engineId the authoritative engine ID from the credential-less SNMPv3 discovery
 * @param servedEnterprises enterprise numbers (arcs after 1.3.6.1.4.1) under which the agent serves
 *     objects, in the order found, generic stacks (net-snmp 8072, UCD 2021, ...) skipped: a device
 *     on a generic identity often still carries its maker's own MIB
 */
public record Observations(
    String sysDescr,
    String sysObjectId,
    Map<String, String> privateObjects,
    List<EntityRow> entities,
    List<String> macAddresses,
    Optional<EngineId> engineId,
    List<Long> servedEnterprises) {

  public Observations(
      String sysDescr,
      String sysObjectId,
      Map<String, String> privateObjects,
      List<EntityRow> entities,
      List<String> macAddresses,
      Optional<EngineId> engineId) {
    this(sysDescr, sysObjectId, privateObjects, entities, macAddresses, engineId, List.of());
  }

  public Observations {
    Map<String, String> objects = new LinkedHashMap<>();
    if (privateObjects != null) {
      privateObjects.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              objects.put(k.startsWith(".") ? k.substring(1) : k, v);
            }
          });
    }
    privateObjects = Collections.unmodifiableMap(objects);
    entities = entities == null ? List.of() : List.copyOf(entities);
    List<String> macs = new ArrayList<>();
    if (macAddresses != null) {
      macAddresses.stream().filter(Objects::nonNull).forEach(macs::add);
    }
    macAddresses = List.copyOf(macs);
    engineId = engineId == null ? Optional.empty() : engineId;
    servedEnterprises =
        servedEnterprises == null
            ? List.of()
            : servedEnterprises.stream().filter(Objects::nonNull).toList();
  }

  /** Only the system group: no private objects, no entities, no MACs, no engine ID. */
  public static Observations of(String sysDescr, String sysObjectId) {
    return new Observations(
        sysDescr, sysObjectId, Map.of(), List.of(), List.of(), Optional.empty());
  }
}
