package io.netaudit.scan;

import io.netaudit.snmp.CiscoVtpMib;
import io.netaudit.snmp.ColumnId;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.snmp4j.PDU;

/**
 * Walks a device's tables with a row per learnt address (forwarding, ARP) in its default context,
 * then the per-VLAN tables in each VLAN context the device lists (Cisco IOS: one BRIDGE-MIB per
 * VLAN), one walk after the other, under the device's {@link AddressTableBounds}: one row budget
 * for all of them and one deadline. It keeps its own time bound instead of the inventory round's (a
 * 100,000-entry table takes seconds at any speed); what it cuts is said in the notes, and the rows
 * read are kept.
 */
final class AddressTablesTask implements Task {
  private final Conversation conversation;
  private final List<String> notes;
  private final Ticker ticker;
  private final AddressTableBounds bounds;
  private final int inventoryRowLimit;
  private final List<ColumnId> addressColumns;
  private final List<ColumnId> perVlanColumns;
  private final Supplier<List<TableRow>> vlanRows;
  private final RowBudget budget;
  private final Map<TableId, List<TableRow>> defaultRows = new LinkedHashMap<>();
  private final Map<Integer, Map<TableId, List<TableRow>>> vlanTables = new LinkedHashMap<>();
  private Deque<Integer> vlansLeft;
  private WalkTask current;
  private int currentVlan = Request.NO_VLAN;
  private long deadlineNanos;
  private boolean gaveUp;

  /**
   * @param vlanRows the vtpVlanTable rows the inventory walk read (asked for once the default
   *     context's walk is done)
   */
  AddressTablesTask(
      InventoryPlan plan,
      Conversation conversation,
      Ticker ticker,
      List<String> notes,
      Supplier<List<TableRow>> vlanRows) {
    this.conversation = conversation;
    this.notes = notes;
    this.ticker = ticker;
    this.bounds = plan.addressBounds();
    this.inventoryRowLimit = plan.rowLimit();
    this.addressColumns = plan.addressColumns();
    this.perVlanColumns = plan.perVlanColumns();
    this.vlanRows = vlanRows;
    this.budget = new RowBudget(bounds.rows());
  }

  /** True when there is anything to walk. */
  static boolean wanted(InventoryPlan plan) {
    return !plan.addressColumns().isEmpty() || !plan.perVlanColumns().isEmpty();
  }

  /** The rows of the default context's walk, per table. */
  Map<TableId, List<TableRow>> defaultRows() {
    if (current != null && currentVlan == Request.NO_VLAN) {
      keep(); // cut short: what the unfinished walk read
    }
    return defaultRows;
  }

  /** VLAN -> table -> rows, for the VLAN contexts walked. */
  Map<Integer, Map<TableId, List<TableRow>>> vlanTables() {
    if (current != null && currentVlan != Request.NO_VLAN) {
      keep();
    }
    return vlanTables;
  }

  @Override
  public Request start() {
    deadlineNanos = ticker.nanos() + bounds.time().toNanos();
    if (!addressColumns.isEmpty()) {
      current = walk(addressColumns, Request.NO_VLAN);
      Request first = current.start();
      if (first != null) {
        return first;
      }
    }
    return nextWalk();
  }

  @Override
  public Request onResponse(Request sent, PDU response) {
    return continueWith(current.onResponse(sent, response));
  }

  @Override
  public Request onTimeout(Request sent) {
    Request next = current.onTimeout(sent);
    if (next == null && current.gaveUp()) {
      if (currentVlan != Request.NO_VLAN && vlansLeft != null && !vlansLeft.isEmpty()) {
        notes.add(
            "vlan "
                + currentVlan
                + " did not answer; the other "
                + vlansLeft.size()
                + " VLAN contexts were not asked");
      }
      keep();
      current = null;
      gaveUp = true;
      return null;
    }
    return continueWith(next);
  }

  @Override
  public boolean gaveUp() {
    return gaveUp;
  }

  @Override
  public boolean hasOwnTimeBound() {
    return true;
  }

  private Request continueWith(Request next) {
    if (next == null) {
      return nextWalk();
    }
    if (ticker.nanos() - deadlineNanos > 0) {
      notes.add(
          "address tables: walk stopped at the time limit of "
              + duration(bounds.time())
              + " per device ("
              + budget.taken()
              + " rows read are kept"
              + (vlansLeft == null || vlansLeft.isEmpty()
                  ? ""
                  : "; " + vlansLeft.size() + " VLAN contexts not asked")
              + ")");
      keep();
      current = null;
      return null;
    }
    return next;
  }

  /** "60 s", or "300 ms" below a second. */
  private static String duration(java.time.Duration d) {
    return d.toMillis() >= 1000 && d.toMillis() % 1000 == 0
        ? d.toSeconds() + " s"
        : d.toMillis() + " ms";
  }

  /** The walk just ended: keep its rows and start the next VLAN context's walk, if any. */
  private Request nextWalk() {
    if (current != null) {
      keep();
      current = null;
    }
    if (vlansLeft == null) {
      vlansLeft = new ArrayDeque<>(perVlanColumns.isEmpty() ? List.of() : vlans());
    }
    while (!vlansLeft.isEmpty()) {
      currentVlan = vlansLeft.poll();
      current = walk(perVlanColumns, currentVlan);
      Request first = current.start();
      if (first != null) {
        return continueWith(first);
      }
      keep();
    }
    current = null;
    return null;
  }

  private List<Integer> vlans() {
    return CiscoVtpMib.operationalVlans(vlanRows.get());
  }

  private WalkTask walk(List<ColumnId> columns, int vlan) {
    currentVlan = vlan;
    return new WalkTask(
        columns, conversation, inventoryRowLimit, bounds.maxRepetitions(), notes, vlan, budget);
  }

  private void keep() {
    if (current == null) {
      return;
    }
    Map<TableId, List<TableRow>> rows = current.rows();
    if (currentVlan == Request.NO_VLAN) {
      defaultRows.putAll(rows);
    } else {
      vlanTables.put(currentVlan, rows);
    }
    current = null;
  }
}
