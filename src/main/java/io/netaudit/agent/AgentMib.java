package io.netaudit.agent;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

/** The objects one simulated device serves, in lexicographic OID order (for GETNEXT/GETBULK). */
public final class AgentMib {
  private final NavigableMap<OID, Variable> objects;

  public AgentMib(Map<OID, Variable> objects) {
    this.objects = new TreeMap<>(objects);
  }

  Variable get(OID oid) {
    return objects.get(oid);
  }

  /** The first object after {@code oid}, or null at the end of the MIB view. */
  Map.Entry<OID, Variable> next(OID oid) {
    return objects.higherEntry(oid);
  }

  public int size() {
    return objects.size();
  }

  /** Hands every object to {@code sink}, in OID order (to merge objects into another MIB). */
  public void forEachObject(java.util.function.BiConsumer<OID, Variable> sink) {
    objects.forEach(sink);
  }
}
