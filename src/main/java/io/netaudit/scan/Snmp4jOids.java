package io.netaudit.scan;

import io.netaudit.snmp.Oid;
import org.snmp4j.smi.OID;

/**
 * The boundary between the tool's {@link Oid} and SNMP4J's {@link OID}: both keep unsigned ints.
 */
final class Snmp4jOids {
  private Snmp4jOids() {}

  static OID toSnmp4j(Oid oid) {
    return new OID(oid.toUnsignedInts());
  }

  static Oid fromSnmp4j(OID oid) {
    return Oid.ofUnsigned(oid.getValue());
  }
}
