package io.netaudit.scan;

import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * Walks columns of one or more tables at once, bounded: GETBULK on v2c (GETNEXT on v1), a row limit
 * per table (for tables with a row per learnt address, a row budget shared by every walk of the
 * device instead), and a check that every column only moves forward, so an agent that returns the
 * same OID again (a walk loop) or jumps back cannot keep the audit busy. All columns advance in the
 * same request, so a device with empty tables costs one round trip for all of them. A walk may ask
 * a VLAN's own context (Cisco's per-VLAN BRIDGE-MIB).
 *
 * <p>GETBULK's max-repetitions follows the device's answers: after each response it is set so the
 * next one carries about {@link #TARGET_BYTES} of variable bindings (measured from this response's
 * bindings, per column still walked), at most {@link #MAX_REPETITIONS} and never fewer than the
 * first request's; a small first request keeps a device with empty tables cheap, a long table then
 * goes in full datagrams. A {@code tooBig} halves it and caps it below what failed for the rest of
 * the walk, so a device with a small message size is not asked too much again.
 *
 * <p>Over 300 lines because it is one walk's state machine: the cursors, the adaptive repetitions,
 * the row limits and the compact row arrays change together on every response.
 */
final class WalkTask implements Task {
  /** Bindings per response aimed at: a datagram under a 1,500-byte MTU with the SNMP headers. */
  static final int TARGET_BYTES = 1_200;

  /** The most repetitions asked for (agents cap theirs too; net-snmp's default is 100). */
  static final int MAX_REPETITIONS = 64;

  /** Integer values as text for the common small numbers (ports, statuses, ifIndexes): shared. */
  private static final DeviceString[] SMALL_NUMBERS = new DeviceString[4096];

  static {
    for (int i = 0; i < SMALL_NUMBERS.length; i++) {
      SMALL_NUMBERS[i] = DeviceString.of(Integer.toString(i));
    }
  }

  private final TableId[] tables;
  private final OID[] columns;

  /** Per walked column: its position in its table's row array. */
  private final int[] slot;

  /** Per table: its walked column numbers, ascending (shared by every row of the table). */
  private final Map<TableId, int[]> numbers = new LinkedHashMap<>();

  private final Conversation conversation;
  private final int rowLimit;
  private final List<String> notes;
  private final OID[] cursors;
  private final boolean[] ended;

  /**
   * The rows read, per table, by index: one array of values per row (by the table's {@link
   * #numbers}), not a map, so that a 100,000-entry forwarding table costs a few MB, not tens.
   */
  private final Map<TableId, Map<Oid, DeviceString[]>> rows = new LinkedHashMap<>();

  private final int vlanContext;
  private final RowBudget addressRows;
  private int maxRepetitions;
  private final int initialRepetitions;

  /** Above this, the device answered tooBig. */
  private int ceiling = MAX_REPETITIONS;

  private int attempt;
  private boolean gaveUp;

  WalkTask(
      List<ColumnId> walked,
      Conversation conversation,
      int rowLimit,
      int maxRepetitions,
      List<String> notes) {
    this(walked, conversation, rowLimit, maxRepetitions, notes, Request.NO_VLAN, null);
  }

  /**
   * @param vlanContext the VLAN whose context to walk, or {@link Request#NO_VLAN}
   * @param addressRows the device's budget of rows for tables with a row per learnt address ({@link
   *     TableId#perAddress()}); null to hold them to {@code rowLimit} like the others
   */
  WalkTask(
      List<ColumnId> walked,
      Conversation conversation,
      int rowLimit,
      int maxRepetitions,
      List<String> notes,
      int vlanContext,
      RowBudget addressRows) {
    this.vlanContext = vlanContext;
    this.addressRows = addressRows;
    int n = walked.size();
    this.tables = new TableId[n];
    this.slot = new int[n];
    this.columns = new OID[n];
    Map<TableId, java.util.SortedSet<Integer>> byTable = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      ColumnId c = walked.get(i);
      tables[i] = c.table();
      columns[i] = Snmp4jOids.toSnmp4j(c.oid());
      rows.putIfAbsent(c.table(), new LinkedHashMap<>());
      byTable.computeIfAbsent(c.table(), t -> new java.util.TreeSet<>()).add(c.number());
    }
    byTable.forEach(
        (table, set) -> numbers.put(table, set.stream().mapToInt(Integer::intValue).toArray()));
    for (int i = 0; i < n; i++) {
      slot[i] = java.util.Arrays.binarySearch(numbers.get(tables[i]), walked.get(i).number());
    }
    this.cursors = columns.clone();
    this.ended = new boolean[columns.length];
    this.conversation = conversation;
    this.rowLimit = rowLimit;
    this.maxRepetitions = maxRepetitions;
    this.initialRepetitions = Math.max(1, maxRepetitions);
    this.notes = notes;
  }

  /** The rows read, per table walked, in walk order. */
  Map<TableId, List<TableRow>> rows() {
    Map<TableId, List<TableRow>> out = new LinkedHashMap<>();
    rows.forEach(
        (table, byIndex) -> {
          List<TableRow> list = new ArrayList<>(byIndex.size());
          int[] cols = numbers.get(table);
          byIndex.forEach((index, values) -> list.add(TableRow.ofWalk(table, index, cols, values)));
          out.put(table, list);
        });
    return out;
  }

  /** The rows read of one table, in walk order; empty when it was not walked. */
  List<TableRow> rows(TableId table) {
    Map<Oid, DeviceString[]> byIndex = rows.get(table);
    if (byIndex == null) {
      return List.of();
    }
    List<TableRow> list = new ArrayList<>(byIndex.size());
    int[] cols = numbers.get(table);
    byIndex.forEach((index, values) -> list.add(TableRow.ofWalk(table, index, cols, values)));
    return list;
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
    return new Request(
        bulk ? PDU.GETBULK : PDU.GETNEXT,
        ask,
        conversation.version(),
        conversation.profileIndex(),
        bulk ? maxRepetitions : 0,
        conversation.timeoutFactor(),
        false,
        vlanContext);
  }

  @Override
  public Request onResponse(Request sent, PDU response) {
    int status = response.getErrorStatus();
    if (status == PDU.tooBig && sent.maxRepetitions() > 1) {
      ceiling = Math.max(1, sent.maxRepetitions() / 2);
      maxRepetitions = ceiling;
      return next();
    }
    if (status == PDU.noSuchName && conversation.version() == SnmpVersion.V1) {
      // v1 end of view for one column: that column is done.
      endColumnAt(sent, response.getErrorIndex());
      return next();
    }
    if (status != PDU.noError) {
      notes.add(context() + "table walk stopped: agent answered " + ErrorStatus.name(status));
      return null;
    }
    List<Integer> active = activeColumns();
    List<? extends VariableBinding> vbs = response.getVariableBindings();
    if (vbs.isEmpty()) {
      notes.add(context() + "table walk stopped: empty response");
      return null;
    }
    take(active, vbs);
    adapt(vbs);
    return next();
  }

  /**
   * Stores the bindings of one response; the i-th binding belongs to the (i mod active)-th column
   * still walked. A column whose binding left it is complete once the whole response is taken.
   */
  private void take(List<Integer> active, List<? extends VariableBinding> vbs) {
    boolean[] stoppedNow = new boolean[columns.length];
    for (int i = 0; i < vbs.size(); i++) {
      int c = active.get(i % active.size());
      if (!ended[c] && !stoppedNow[c]) {
        take(c, vbs.get(i), stoppedNow);
      }
    }
    for (int c = 0; c < columns.length; c++) {
      ended[c] |= stoppedNow[c];
    }
  }

  /** Stores one binding of column {@code c}, or marks the column stopped. */
  private void take(int c, VariableBinding vb, boolean[] stoppedNow) {
    OID oid = vb.getOid();
    if (vb.isException()
        || oid == null
        || !oid.startsWith(columns[c])
        || oid.size() <= columns[c].size()) {
      stoppedNow[c] = true; // left the column: this column is complete
      return;
    }
    if (oid.compareTo(cursors[c]) <= 0) {
      notes.add(
          context()
              + tables[c].name()
              + " walk stopped: agent returned OIDs out of order ("
              + oid
              + ")");
      ended[c] = true;
      stoppedNow[c] = true;
      return;
    }
    cursors[c] = oid;
    Oid index = Snmp4jOids.fromSnmp4j(oid).suffix(columns[c].size());
    Map<Oid, DeviceString[]> tableRows = rows.get(tables[c]);
    DeviceString[] row = tableRows.get(index);
    if (row == null) {
      if (!roomForRow(tables[c], tableRows.size())) {
        endTable(tables[c]);
        return;
      }
      row = new DeviceString[numbers.get(tables[c]).length];
      tableRows.put(index, row);
    }
    row[slot[c]] = text(vb.getVariable());
  }

  /** Sets max-repetitions for about {@link #TARGET_BYTES} of bindings in the next response. */
  private void adapt(List<? extends VariableBinding> vbs) {
    long bytes = 0;
    for (VariableBinding vb : vbs) {
      bytes += vb.getBERLength();
    }
    int walking = activeColumns().size();
    if (walking == 0 || bytes == 0) {
      return;
    }
    long perBinding = Math.max(1, bytes / vbs.size());
    long fits = TARGET_BYTES / (perBinding * walking);
    // Never below the first request's repetitions unless a tooBig said so: a wide walk (many
    // columns of long text) went in that many before and may go in larger datagrams.
    int floor = Math.min(initialRepetitions, ceiling);
    maxRepetitions = (int) Math.max(floor, Math.min(ceiling, fits));
  }

  /** The max-repetitions the next GETBULK asks for. */
  int maxRepetitions() {
    return maxRepetitions;
  }

  /** Whether a new row of {@code table} may be kept; says what was cut when not. */
  private boolean roomForRow(TableId table, int rowsSoFar) {
    if (table.perAddress() && addressRows != null) {
      if (addressRows.take()) {
        return true;
      }
      notes.add(
          context()
              + table.name()
              + " walk stopped at the limit of "
              + addressRows.limit()
              + " address-table rows per device (the rows read are kept)");
      return false;
    }
    if (rowsSoFar < rowLimit) {
      return true;
    }
    notes.add(context() + table.name() + " walk stopped at the limit of " + rowLimit + " rows");
    return false;
  }

  private String context() {
    return vlanContext == Request.NO_VLAN ? "" : "vlan " + vlanContext + ": ";
  }

  private void endTable(TableId table) {
    for (int i = 0; i < columns.length; i++) {
      if (tables[i].equals(table)) {
        ended[i] = true;
      }
    }
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
    notes.add(context() + "table walk timed out");
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
    if (v instanceof org.snmp4j.smi.Integer32) {
      int n = ((org.snmp4j.smi.Integer32) v).getValue();
      if (n >= 0 && n < SMALL_NUMBERS.length) {
        return SMALL_NUMBERS[n];
      }
    }
    return DeviceString.of(v == null ? "" : v.toString());
  }
}
