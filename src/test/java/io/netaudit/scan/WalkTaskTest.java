package io.netaudit.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.SnmpVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/** GETBULK's max-repetitions follows the answers: response size, tooBig. Fed by hand. */
class WalkTaskTest {
  private static final Conversation V2C = new Conversation(SnmpVersion.V2C, 0, 1, 1);

  private static WalkTask walk(List<ColumnId> columns) {
    return new WalkTask(columns, V2C, 100_000, 4, new ArrayList<>());
  }

  /** A response with {@code rows} rows from {@code from} of every column, values of that size. */
  private static PDU rows(List<ColumnId> columns, int from, int rows, int valueBytes) {
    PDU pdu = new PDU();
    pdu.setType(PDU.RESPONSE);
    for (int r = from; r < from + rows; r++) {
      for (ColumnId c : columns) {
        OID oid = new OID(Snmp4jOids.toSnmp4j(c.oid())).append(r);
        pdu.add(new VariableBinding(oid, new OctetString(new byte[valueBytes])));
      }
    }
    return pdu;
  }

  private static PDU tooBig() {
    PDU pdu = new PDU();
    pdu.setType(PDU.RESPONSE);
    pdu.setErrorStatus(PDU.tooBig);
    return pdu;
  }

  @Test
  void aLongTableGoesInFullDatagramsAfterASmallFirstRequest() {
    List<ColumnId> one = List.of(IfMib.PHYS_ADDRESS);
    WalkTask task = walk(one);
    Request first = task.start();
    assertThat(first.pduType()).isEqualTo(PDU.GETBULK);
    assertThat(first.maxRepetitions()).isEqualTo(4);

    Request next = task.onResponse(first, rows(one, 1, 4, 6)); // MACs: ~20 bytes a binding
    int reps = next.maxRepetitions();
    assertThat(reps).isGreaterThan(4).isLessThanOrEqualTo(WalkTask.MAX_REPETITIONS);
    long perBinding = rows(one, 1, 1, 6).getVariableBindings().get(0).getBERLength();
    assertThat((long) reps * perBinding).isLessThanOrEqualTo(WalkTask.TARGET_BYTES);

    // Long values: fewer repetitions fit, but never fewer than the first request asked for.
    WalkTask longText = walk(one);
    Request asked = longText.start();
    assertThat(longText.onResponse(asked, rows(one, 1, 4, 100)).maxRepetitions())
        .isLessThan(reps)
        .isGreaterThan(4);
    WalkTask veryLong = walk(one);
    assertThat(veryLong.onResponse(veryLong.start(), rows(one, 1, 4, 600)).maxRepetitions())
        .isEqualTo(4);
  }

  @Test
  void severalColumnsShareTheTarget() {
    List<ColumnId> two = List.of(EntityMib.DESCR, IfMib.PHYS_ADDRESS);
    List<ColumnId> one = List.of(IfMib.PHYS_ADDRESS);
    WalkTask both = walk(two);
    WalkTask single = walk(one);
    int withTwo = both.onResponse(both.start(), rows(two, 1, 4, 6)).maxRepetitions();
    int withOne = single.onResponse(single.start(), rows(one, 1, 4, 6)).maxRepetitions();
    assertThat(withTwo).isLessThan(withOne);
  }

  @Test
  void tooBigHalvesAndCapsForTheRestOfTheWalk() {
    List<ColumnId> one = List.of(IfMib.PHYS_ADDRESS);
    WalkTask task = walk(one);
    Request grown = task.onResponse(task.start(), rows(one, 1, 4, 6));
    int asked = grown.maxRepetitions();
    Request smaller = task.onResponse(grown, tooBig());
    assertThat(smaller.maxRepetitions()).isEqualTo(asked / 2);
    assertThat(smaller.oids()).as("asked again from the same place").isEqualTo(grown.oids());
    Request after = task.onResponse(smaller, rows(one, 5, 4, 6));
    assertThat(after.maxRepetitions()).as("not back above what failed").isEqualTo(asked / 2);

    // Down to one repetition, a tooBig ends the walk with a note.
    WalkTask tiny = new WalkTask(one, V2C, 100, 1, new ArrayList<>());
    assertThat(tiny.onResponse(tiny.start(), tooBig())).isNull();
  }
}
