package io.netaudit.scan;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * Walks some columns of one table, bounded: GETBULK on v2c (GETNEXT on v1), a row limit, and a
 * check that every column only moves forward, so an agent that returns the same OID again (a walk
 * loop) or jumps back cannot keep the audit busy. All columns advance in the same request.
 */
final class WalkTask implements Task {
  private final String table;
  private final OID[] columns;
  private final int[] columnNumbers;
  private final Conversation conversation;
  private final int rowLimit;
  private final List<String> notes;
  private final OID[] cursors;
  private final boolean[] ended;
  private final Map<String, Map<Integer, DeviceString>> rows = new LinkedHashMap<>();
  private int maxRepetitions;
  private int attempt;
  private boolean gaveUp;

  WalkTask(String table, OID entry, int[] columnNumbers, Conversation conversation, int rowLimit, int maxRepetitions,
      List<String> notes) {
    this.table = table;
    this.columnNumbers = columnNumbers.clone();
    this.columns = new OID[columnNumbers.length];
    for (int i = 0; i < columnNumbers.length; i++) {
      columns[i] = new OID(entry).append(columnNumbers[i]);
    }
    this.cursors = columns.clone();
    this.ended = new boolean[columns.length];
    this.conversation = conversation;
    this.rowLimit = rowLimit;
    this.maxRepetitions = maxRepetitions;
    this.notes = notes;
  }

  List<TableRow> rows() {
    List<TableRow> out = new ArrayList<>();
    rows.forEach((index, cols) -> out.add(new TableRow(index, cols)));
    return out;
  }

  @Override
  public Request start() {
    return next();
  }

  private Request next() {
    List<OID> ask = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      if (!ended[i]) {
        ask.add(cursors[i]);
      }
    }
    if (ask.isEmpty()) {
      return null;
    }
    attempt = 0;
    boolean bulk = conversation.version() == SnmpVersion.V2C;
    return new Request(bulk ? PDU.GETBULK : PDU.GETNEXT, ask, conversation.version(), conversation.communityIndex(),
        bulk ? maxRepetitions : 0, conversation.timeoutFactor(), false);
  }

  @Override
  public Request onResponse(Request sent, PDU response) {
    int status = response.getErrorStatus();
    if (status == PDU.tooBig && maxRepetitions > 1) {
      maxRepetitions = Math.max(1, maxRepetitions / 4);
      return next();
    }
    if (status == PDU.noSuchName && conversation.version() == SnmpVersion.V1) {
      // v1 end of view for one column: that column is done.
      endColumnAt(sent, response.getErrorIndex());
      return next();
    }
    if (status != PDU.noError) {
      notes.add(table + " walk stopped: agent answered " + ErrorStatus.name(status));
      return null;
    }
    List<Integer> active = activeColumns();
    List<? extends VariableBinding> vbs = response.getVariableBindings();
    if (vbs.isEmpty()) {
      notes.add(table + " walk stopped: empty response");
      return null;
    }
    boolean[] stoppedNow = new boolean[columns.length];
    for (int i = 0; i < vbs.size(); i++) {
      int c = active.get(i % active.size());
      if (ended[c] || stoppedNow[c]) {
        continue;
      }
      VariableBinding vb = vbs.get(i);
      OID oid = vb.getOid();
      if (vb.isException() || oid == null || !oid.startsWith(columns[c]) || oid.size() <= columns[c].size()) {
        stoppedNow[c] = true; // left the column: this column is complete
        continue;
      }
      if (oid.compareTo(cursors[c]) <= 0) {
        notes.add(table + " walk stopped: agent returned OIDs out of order (" + oid + ")");
        return null;
      }
      cursors[c] = oid;
      String index = new OID(oid.getValue(), columns[c].size(), oid.size() - columns[c].size()).toDottedString();
      Map<Integer, DeviceString> row = rows.get(index);
      if (row == null) {
        if (rows.size() >= rowLimit) {
          notes.add(table + " walk stopped at the limit of " + rowLimit + " rows");
          return null;
        }
        row = new HashMap<>();
        rows.put(index, row);
      }
      row.put(columnNumbers[c], text(vb.getVariable()));
    }
    for (int c = 0; c < columns.length; c++) {
      ended[c] |= stoppedNow[c];
    }
    return next();
  }

  private void endColumnAt(Request sent, int errorIndex) {
    List<Integer> active = activeColumns();
    if (errorIndex >= 1 && errorIndex <= active.size()) {
      ended[active.get(errorIndex - 1)] = true;
    } else {
      java.util.Arrays.fill(ended, true);
    }
  }

  private List<Integer> activeColumns() {
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      if (!ended[i]) {
        active.add(i);
      }
    }
    return active;
  }

  @Override
  public Request onTimeout(Request sent) {
    attempt++;
    if (attempt <= conversation.retries()) {
      return sent.again();
    }
    notes.add(table + " walk timed out");
    gaveUp = true;
    return null;
  }

  @Override
  public boolean gaveUp() {
    return gaveUp;
  }

  static DeviceString text(Variable v) {
    if (v instanceof OctetString) {
      return DeviceString.of(((OctetString) v).getValue());
    }
    return DeviceString.of(v == null ? "" : v.toString());
  }
}
