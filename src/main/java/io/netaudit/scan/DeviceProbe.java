package io.netaudit.scan;

import io.netaudit.snmp.CiscoVtpMib;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.snmp.SystemMib;
import io.netaudit.snmp.TableId;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.snmp4j.PDU;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;

/**
 * The conversation with one target, as a state machine that never blocks: the engine feeds it
 * replies and timeouts and it answers with the next request or the final result. It has at most one
 * request in flight, so its callbacks never run concurrently.
 *
 * <p>Finding a way in ({@link FirstRound}): per credential profile, the system-group GET with the
 * attempts the {@link RetryPolicy} gives a silent address (whose result is then held a while when
 * retries are adaptive, see {@link HeldProbes}), alternating v2c, v1, v2c, ... so a v1-only agent
 * answers without a second timeout phase. When v1 answers after a v2c attempt went unanswered, one
 * v2c GET confirms whether v2c works too (a lost reply looks the same as a v1-only agent). Then the
 * inventory round, on responders only, one task after the other. Every request to a device that
 * answered tells the {@link LossMeter} whether it was answered.
 *
 * <p>Credential profiles are tried in their order: a community profile as above (or only its
 * declared version), an SNMPv3 profile over its own USM session. A USM REPORT (unknown user, wrong
 * digest, ...) ends that profile at once, since asking again cannot change the answer; when no
 * later profile works the target ends AUTH_FAILED with the reason, not NO_RESPONSE.
 *
 * <p>Over 300 lines: one state machine whose phases (the system GET, the v2c check, the inventory
 * round) share the conversation's state; the first round and the inventory's tasks are classes of
 * their own.
 */
final class DeviceProbe {
  static final OID SYS_DESCR = Snmp4jOids.toSnmp4j(SystemMib.SYS_DESCR);
  static final OID SYS_OBJECT_ID = Snmp4jOids.toSnmp4j(SystemMib.SYS_OBJECT_ID);
  static final OID SYS_UPTIME = Snmp4jOids.toSnmp4j(SystemMib.SYS_UPTIME);
  static final OID SYS_CONTACT = Snmp4jOids.toSnmp4j(SystemMib.SYS_CONTACT);
  static final OID SYS_NAME = Snmp4jOids.toSnmp4j(SystemMib.SYS_NAME);
  static final OID SYS_LOCATION = Snmp4jOids.toSnmp4j(SystemMib.SYS_LOCATION);
  static final OID SYS_SERVICES = Snmp4jOids.toSnmp4j(SystemMib.SYS_SERVICES);
  static final List<OID> SYSTEM =
      List.of(
          SYS_DESCR, SYS_OBJECT_ID, SYS_UPTIME, SYS_CONTACT, SYS_NAME, SYS_LOCATION, SYS_SERVICES);

  /**
   * The inventory round of one device may take this many timeouts; a slow agent cannot hold the
   * sweep.
   */
  private static final int INVENTORY_BUDGET_TIMEOUTS = 5;

  private enum Phase {
    FIND,
    SYSTEM,
    CONFIRM_V2C,
    INVENTORY
  }

  private final InetAddress address;
  private final ProbeConfig config;
  // Sized 0: a silent address (most of a sweep) never writes a note, and a sweep holds tens of
  // thousands of probes at once.
  private final List<String> notes = new ArrayList<>(0);
  private final FirstRound firstRound;

  private Phase phase = Phase.FIND;
  private int confirmAttempt;
  private int answeredProfile;

  private Conversation conversation;
  private GetTask systemTask;
  private Task current;

  /**
   * The inventory round's tasks; made when it starts (null before): most probes of a sweep are of
   * silent addresses.
   */
  private Deque<Task> inventory;

  private GetTask scalarTask;
  private long inventoryDeadlineNanos;
  private WalkTask tables;
  private AddressTablesTask addressTables;
  private EnterpriseProbeTask enterprises;
  private boolean inventoryBudgetSpent;

  /**
   * @param sequence the target's place in the sweep (from 0), for the choice of the addresses that
   *     are also asked in SNMPv1 while the network shows no v1-only agent
   */
  DeviceProbe(InetAddress address, ProbeConfig config, long sequence) {
    this.address = address;
    this.config = config;
    this.firstRound = new FirstRound(address, config, sequence, notes);
  }

  InetAddress address() {
    return address;
  }

  private java.net.InetSocketAddress socketAddress;

  /**
   * The agent's socket address, made once per target (the fast path sends to it on every attempt).
   */
  java.net.InetSocketAddress socketAddress(int port) {
    if (socketAddress == null) {
      socketAddress = new java.net.InetSocketAddress(address, port);
    }
    return socketAddress;
  }

  Request first() {
    return firstRound.first();
  }

  Step onTimeout(Request request) {
    switch (phase) {
      case FIND:
        return onFindTimeout();
      case SYSTEM:
        config.loss().request(false);
        return afterTask(systemTask.onTimeout(request));
      case CONFIRM_V2C:
        // Not a loss sample: a v1-only agent leaves this unanswered by design.
        confirmAttempt++;
        if (confirmAttempt <= config.retries()) {
          return Step.send(request.again());
        }
        firstRound.v2cChecked(false);
        return afterConfirm();
      case INVENTORY:
        config.loss().request(false);
        return afterTask(current.onTimeout(request));
      default:
        throw new IllegalStateException(phase.name());
    }
  }

  /**
   * An SNMPv3 agent answered with a REPORT (SNMP4J has already handled engine discovery and one
   * time-window resynchronisation): while finding a way in, that profile is refused and the next
   * one is tried.
   */
  Step onReport(Request request, PDU report) {
    return onRefusal(request, AuthFailure.describe(report));
  }

  /** As {@link #onReport}, for a refusal report read off the wire before the request timed out. */
  Step onRefusal(Request request, String reason) {
    if (phase != Phase.FIND) {
      notes.add("agent answered a report: " + reason);
      return onTimeout(request);
    }
    firstRound.refused(request, reason);
    return onFindTimeout();
  }

  private Step onFindTimeout() {
    Request next = firstRound.afterTimeout();
    if (next != null) {
      return Step.send(next);
    }
    // Adaptive retries: a silent result is held a while, in case it is worth asking again.
    return config.retryPolicy().adaptive() && firstRound.holdable()
        ? Step.hold()
        : Step.finish(firstRound.unanswered());
  }

  /** Whether a v1-only agent was found since this target was issued and it was not asked in v1. */
  boolean revivable(long v1OnlyFound) {
    return firstRound.revivable(v1OnlyFound);
  }

  /** Held and silent, asked again in SNMPv1 since a v1-only agent turned up; or held on. */
  Step onRevive() {
    Request next = firstRound.revive();
    return next != null ? Step.send(next) : Step.hold();
  }

  /** The hold is over: the slow agent's chance or a v1 attempt if worth it, else the result. */
  Step onRelease() {
    Request next = firstRound.release();
    return next != null ? Step.send(next) : Step.finish(firstRound.unanswered());
  }

  Step onResponse(Request request, PDU response) {
    switch (phase) {
      case FIND:
        firstRound.answered(request);
        answeredProfile = request.profileIndex();
        conversation =
            new Conversation(
                request.version(),
                request.profileIndex(),
                config.retries(),
                request.timeoutFactor());
        systemTask = new GetTask(SYSTEM, conversation, notes);
        phase = Phase.SYSTEM;
        return afterTask(systemTask.onResponse(systemTask.start(), response));
      case SYSTEM:
        config.loss().request(true);
        return afterTask(systemTask.onResponse(request, response));
      case CONFIRM_V2C:
        boolean speaksV2c = response.getErrorStatus() == PDU.noError;
        firstRound.v2cChecked(speaksV2c);
        if (speaksV2c) {
          conversation = conversation.withVersion(SnmpVersion.V2C);
        }
        return afterConfirm();
      case INVENTORY:
        config.loss().request(true);
        return afterTask(current.onResponse(request, response));
      default:
        throw new IllegalStateException(phase.name());
    }
  }

  private Step afterTask(Request next) {
    if (next != null
        && phase == Phase.INVENTORY
        && !current.hasOwnTimeBound()
        && pastInventoryBudget()) {
      return nextInventoryTask(); // only tasks with their own time bound are left
    }
    if (next != null) {
      return Step.send(next);
    }
    if (phase == Phase.SYSTEM) {
      if (systemTask.values().isEmpty() && systemTask.lastError() != null) {
        return Step.finish(
            ProbeResult.error(
                address,
                config.clock().instant(),
                conversation.version(),
                label(),
                "agent answered " + systemTask.lastError()));
      }
      if (systemTask.values().isEmpty()) {
        // It answered, without a system group (some camera agents serve only their private MIB):
        // the inventory round may still name the maker.
        notes.add("no system group objects");
      }
      if (conversation.version() == SnmpVersion.V1 && firstRound.triedV2c()) {
        phase = Phase.CONFIRM_V2C;
        confirmAttempt = 0;
        return Step.send(
            Request.get(List.of(SYS_OBJECT_ID), conversation.withVersion(SnmpVersion.V2C)));
      }
      return startInventory();
    }
    if (current != null && current.gaveUp() && inventory != null && !inventory.isEmpty()) {
      // A device that stopped answering would make every further task wait out its retries.
      notes.add("inventory round stopped: the device stopped answering");
      inventory.clear();
    }
    return nextInventoryTask();
  }

  private Step afterConfirm() {
    return startInventory();
  }

  private Step startInventory() {
    phase = Phase.INVENTORY;
    inventory = new ArrayDeque<>(4);
    inventoryDeadlineNanos =
        config.ticker().nanos()
            + INVENTORY_BUDGET_TIMEOUTS * TimeUnit.MILLISECONDS.toNanos(config.timeoutMillis());
    InventoryPlan plan = config.plan();
    if (!plan.reads().scalars().isEmpty()) {
      List<OID> oids = new ArrayList<>();
      for (Oid o : plan.reads().scalars()) {
        oids.add(Snmp4jOids.toSnmp4j(o));
      }
      scalarTask = new GetTask(oids, conversation, notes);
      inventory.add(scalarTask);
    }
    if (plan.reads().servedEnterprises() && hasGenericIdentity()) {
      enterprises = new EnterpriseProbeTask(conversation, plan.genericEnterprises(), notes);
      inventory.add(enterprises);
    }
    if (!plan.walkedColumns().isEmpty()) {
      tables = new WalkTask(plan.walkedColumns(), conversation, plan.rowLimit(), 4, notes);
      inventory.add(tables);
    }
    if (AddressTablesTask.wanted(plan)) {
      addressTables =
          new AddressTablesTask(
              plan,
              conversation,
              config.ticker(),
              notes,
              () -> tables == null ? List.of() : tables.rows(CiscoVtpMib.VLAN_TABLE));
      inventory.add(addressTables);
    }
    return nextInventoryTask();
  }

  /**
   * No sysObjectID, or a generic agent's (net-snmp): only then is it worth looking for the maker's
   * own MIB.
   */
  private boolean hasGenericIdentity() {
    Variable v = systemTask.values().get(SYS_OBJECT_ID);
    if (!(v instanceof OID)) {
      return true;
    }
    if (((OID) v).size() == 0) {
      return true;
    }
    OptionalLong enterprise = Snmp4jOids.fromSnmp4j((OID) v).enterprise();
    return enterprise.isEmpty()
        || config.plan().genericEnterprises().contains(enterprise.getAsLong());
  }

  /**
   * True once the inventory round's time is spent; the tasks left without a time bound of their own
   * are then dropped (said once, in the notes).
   */
  private boolean pastInventoryBudget() {
    if (inventoryBudgetSpent) {
      return true;
    }
    if (config.ticker().nanos() - inventoryDeadlineNanos <= 0) {
      return false;
    }
    inventoryBudgetSpent = true;
    notes.add(
        "inventory round stopped after " + INVENTORY_BUDGET_TIMEOUTS + " timeouts' worth of time");
    inventory.removeIf(t -> !t.hasOwnTimeBound());
    return true;
  }

  private Step nextInventoryTask() {
    if (!inventory.isEmpty()) {
      pastInventoryBudget(); // drops what the spent budget no longer allows
    }
    while (!inventory.isEmpty()) {
      current = inventory.poll();
      Request first = current.start();
      if (first != null) {
        return Step.send(first);
      }
    }
    return Step.finish(answered());
  }

  private String label() {
    return config.credentials().get(answeredProfile).label();
  }

  private ProbeResult answered() {
    Map<OID, Variable> v = systemTask.values();
    SystemInfo info =
        new SystemInfo(
            text(v.get(SYS_DESCR)),
            oid(v.get(SYS_OBJECT_ID)),
            text(v.get(SYS_NAME)),
            text(v.get(SYS_LOCATION)),
            text(v.get(SYS_CONTACT)),
            ticks(v.get(SYS_UPTIME)),
            integer(v.get(SYS_SERVICES)));
    Map<Oid, DeviceString> scalars = new LinkedHashMap<>();
    if (scalarTask != null) {
      scalarTask
          .values()
          .forEach((oid, value) -> scalars.put(Snmp4jOids.fromSnmp4j(oid), WalkTask.text(value)));
    }
    Map<TableId, List<TableRow>> walked = new LinkedHashMap<>();
    if (tables != null) {
      walked.putAll(tables.rows());
    }
    if (addressTables != null) {
      walked.putAll(addressTables.defaultRows());
    }
    Inventory inv =
        new Inventory(
            scalars,
            walked,
            null,
            enterprises == null ? List.of() : enterprises.found(),
            List.of(),
            addressTables == null ? Map.of() : addressTables.vlanTables());
    return new ProbeResult(
        address,
        ProbeStatus.ANSWERED,
        info,
        inv,
        conversation.version(),
        label(),
        config.clock().instant(),
        String.join("; ", notes));
  }

  private static DeviceString text(Variable v) {
    if (v instanceof OctetString) {
      return DeviceString.of(((OctetString) v).getValue());
    }
    return v == null ? DeviceString.EMPTY : DeviceString.of(v.toString());
  }

  private static String oid(Variable v) {
    return v instanceof OID ? ((OID) v).toDottedString() : "";
  }

  private static Long ticks(Variable v) {
    return v instanceof TimeTicks || v instanceof UnsignedInteger32 || v instanceof Counter32
        ? v.toLong()
        : null;
  }

  private static Integer integer(Variable v) {
    return v instanceof Integer32 ? ((Integer32) v).getValue() : null;
  }
}
