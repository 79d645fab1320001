package io.netaudit.testing;

import io.netaudit.agent.AgentMib;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/** Builds small MIBs for tests. */
public final class Mibs {
  private Mibs() {}

  public static AgentMib system(String descr, String objectId, String name) {
    return system(descr.getBytes(StandardCharsets.UTF_8), objectId, name);
  }

  public static AgentMib system(byte[] descr, String objectId, String name) {
    Map<OID, Variable> m = new HashMap<>();
    m.put(new OID("1.3.6.1.2.1.1.1.0"), new OctetString(descr));
    m.put(new OID("1.3.6.1.2.1.1.2.0"), new OID(objectId));
    m.put(new OID("1.3.6.1.2.1.1.3.0"), new TimeTicks(123456));
    m.put(new OID("1.3.6.1.2.1.1.4.0"), new OctetString("noc@example.net"));
    m.put(new OID("1.3.6.1.2.1.1.5.0"), new OctetString(name));
    m.put(new OID("1.3.6.1.2.1.1.6.0"), new OctetString("Rack 1"));
    m.put(new OID("1.3.6.1.2.1.1.7.0"), new Integer32(6));
    return new AgentMib(m);
  }
}
