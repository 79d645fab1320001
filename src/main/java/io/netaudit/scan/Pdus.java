package io.netaudit.scan;

import io.netaudit.snmp.SnmpVersion;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.ScopedPDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * Builds request PDUs: the one place that knows which PDU class each version uses and how a GETBULK
 * is set up. Both send paths (SNMP4J's, and the pre-encoded GET) build through it.
 */
final class Pdus {
  private Pdus() {}

  /** The PDU {@code request} asks for, without a request id (the sending path assigns one). */
  static PDU of(Request request) {
    PDU pdu = of(request.pduType(), request.version(), request.oids(), request.maxRepetitions());
    if (pdu instanceof ScopedPDU scoped) {
      // A VLAN's own MIB instance (Cisco IOS); the default context otherwise.
      scoped.setContextName(new OctetString(request.contextName()));
    }
    return pdu;
  }

  /**
   * A request PDU of {@code type} (PDU.GET, GETNEXT or GETBULK) for {@code version}, one varbind
   * per OID; {@code maxRepetitions} counts for GETBULK only.
   */
  static PDU of(int type, SnmpVersion version, List<OID> oids, int maxRepetitions) {
    PDU pdu =
        switch (version) {
          case V1 -> new PDUv1();
          case V2C -> new PDU();
          case V3 -> new ScopedPDU();
        };
    pdu.setType(type);
    if (type == PDU.GETBULK) {
      pdu.setNonRepeaters(0);
      pdu.setMaxRepetitions(maxRepetitions);
    }
    for (OID o : oids) {
      pdu.add(new VariableBinding(o));
    }
    return pdu;
  }
}
