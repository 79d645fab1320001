package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.SnmpVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.ScopedPDU;
import org.snmp4j.smi.OID;

/** One builder for the PDUs of every version and type. */
class PdusTest {
  private static final List<OID> TWO = List.of(new OID("1.3.6.1.2.1.1.1.0"), new OID("1.3.6.1"));

  @Test
  void eachVersionGetsItsPduClass() {
    assertThat(Pdus.of(PDU.GET, SnmpVersion.V1, TWO, 0)).isExactlyInstanceOf(PDUv1.class);
    assertThat(Pdus.of(PDU.GET, SnmpVersion.V2C, TWO, 0)).isExactlyInstanceOf(PDU.class);
    assertThat(Pdus.of(PDU.GET, SnmpVersion.V3, TWO, 0)).isExactlyInstanceOf(ScopedPDU.class);
  }

  @Test
  void aGetBulkCarriesItsRepetitionsAndEveryRequestItsObjectsInOrder() {
    Request walk = new Request(PDU.GETBULK, TWO, SnmpVersion.V3, 0, 7, 1, false);
    PDU pdu = Pdus.of(walk);
    assertThat(pdu.getType()).isEqualTo(PDU.GETBULK);
    assertThat(pdu.getMaxRepetitions()).isEqualTo(7);
    assertThat(pdu.getNonRepeaters()).isZero();
    assertThat(pdu.getVariableBindings()).extracting(vb -> vb.getOid()).isEqualTo(TWO);

    PDU next = Pdus.of(PDU.GETNEXT, SnmpVersion.V2C, TWO, 7);
    assertThat(next.getType()).isEqualTo(PDU.GETNEXT);
    assertThat(next.getMaxRepetitions()).as("only a GETBULK has repetitions").isZero();
  }
}
