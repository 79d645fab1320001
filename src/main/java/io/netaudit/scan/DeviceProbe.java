package io.netaudit.scan;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.Inventory;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.snmp.TableRow;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * replies and timeouts and it answers with the next request or the final result. It has at most
 * one request in flight, so its callbacks never run concurrently.
 *
 * <p>Finding a way in: per community, retries + 1 attempts of the system-group GET alternating
 * v2c, v1, v2c, ... so a v1-only agent answers without a second timeout phase for every silent
 * address. When v1 answers after a v2c attempt went unanswered, one v2c GET confirms whether v2c
 * works too (a lost reply looks the same as a v1-only agent). An address that sent replies too late
 * to match gets one last attempt with four times the timeout. Then the inventory round, on
 * responders only, one task after the other.
 */
final class DeviceProbe {
  static final OID SYS_DESCR = new OID("1.3.6.1.2.1.1.1.0");
  static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2.0");
  static final OID SYS_UPTIME = new OID("1.3.6.1.2.1.1.3.0");
  static final OID SYS_CONTACT = new OID("1.3.6.1.2.1.1.4.0");
  static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5.0");
  static final OID SYS_LOCATION = new OID("1.3.6.1.2.1.1.6.0");
  static final OID SYS_SERVICES = new OID("1.3.6.1.2.1.1.7.0");
  static final List<OID> SYSTEM = List.of(SYS_DESCR, SYS_OBJECT_ID, SYS_UPTIME, SYS_CONTACT, SYS_NAME, SYS_LOCATION,
      SYS_SERVICES);
  private static final int SLOW_AGENT_TIMEOUT_FACTOR = 4;
  /** The inventory round of one device may take this many timeouts; a slow agent cannot hold the sweep. */
  private static final int INVENTORY_BUDGET_TIMEOUTS = 5;

  private enum Phase { FIND, SYSTEM, CONFIRM_V2C, INVENTORY }

  private final InetAddress address;
  private final ProbeConfig config;
  // Sized 0: a silent address (most of a sweep) never writes a note, and a sweep holds tens of
  // thousands of probes at once.
  private final List<String> notes = new ArrayList<>(0);

  private Phase phase = Phase.FIND;
  private int communityIndex;
  private int attempt;
  private boolean triedV2c;
  private boolean slowChanceTaken;
  private Conversation conversation;
  private GetTask systemTask;
  private Task current;
  private final Deque<Task> inventory = new ArrayDeque<>(4);
  private GetTask privateTask;
  private long inventoryDeadlineMillis;
  private WalkTask tables;
  private EnterpriseProbeTask enterprises;

  DeviceProbe(InetAddress address, ProbeConfig config) {
    this.address = address;
    this.config = config;
  }

  InetAddress address() {
    return address;
  }

  private java.net.InetSocketAddress socketAddress;

  /** The agent's socket address, made once per target (the fast path sends to it on every attempt). */
  java.net.InetSocketAddress socketAddress(int port) {
    if (socketAddress == null) {
      socketAddress = new java.net.InetSocketAddress(address, port);
    }
    return socketAddress;
  }

  Request first() {
    return findRequest(1);
  }

  private Request findRequest(int timeoutFactor) {
    SnmpVersion version = attempt % 2 == 0 ? SnmpVersion.V2C : SnmpVersion.V1;
    triedV2c |= version == SnmpVersion.V2C;
    // The discovery rides along with the v2c attempts only: half the extra packets, and a second
    // chance for it whenever there are retries.
    boolean engine = config.engineProbe() && version == SnmpVersion.V2C && communityIndex == 0;
    return new Request(PDU.GET, SYSTEM, version, communityIndex, 0, timeoutFactor, engine);
  }

  Step onTimeout(Request request) {
    switch (phase) {
      case FIND:
        return onFindTimeout();
      case SYSTEM:
        return afterTask(systemTask.onTimeout(request));
      case CONFIRM_V2C:
        attempt++;
        return attempt <= config.retries() ? Step.send(request.again()) : afterConfirm();
      case INVENTORY:
        return afterTask(current.onTimeout(request));
      default:
        throw new IllegalStateException(phase.name());
    }
  }

  private Step onFindTimeout() {
    attempt++;
    if (attempt <= config.retries()) {
      return Step.send(findRequest(1));
    }
    if (communityIndex + 1 < config.communities().size()) {
      communityIndex++;
      attempt = 0;
      triedV2c = false;
      return Step.send(findRequest(1));
    }
    if (!slowChanceTaken && config.heardFrom().test(address)) {
      slowChanceTaken = true;
      notes.add("replies from this address arrived after the timeout; asked again with " + SLOW_AGENT_TIMEOUT_FACTOR
          + "x the timeout");
      // v2c then v1 are both covered by the attempts so far; the late replies were to either.
      attempt = 0;
      communityIndex = 0;
      return Step.send(findRequest(SLOW_AGENT_TIMEOUT_FACTOR));
    }
    return Step.finish(ProbeResult.noResponse(address, config.clock().instant(),
        slowChanceTaken ? "no matching reply, even with " + SLOW_AGENT_TIMEOUT_FACTOR + "x the timeout" : "no reply"));
  }

  Step onResponse(Request request, PDU response) {
    switch (phase) {
      case FIND:
        conversation = new Conversation(request.version(), request.communityIndex(), config.retries(),
            request.timeoutFactor());
        systemTask = new GetTask(SYSTEM, conversation, notes);
        phase = Phase.SYSTEM;
        return afterTask(systemTask.onResponse(systemTask.start(), response));
      case SYSTEM:
        return afterTask(systemTask.onResponse(request, response));
      case CONFIRM_V2C:
        if (response.getErrorStatus() == PDU.noError) {
          conversation = conversation.withVersion(SnmpVersion.V2C);
        }
        return afterConfirm();
      case INVENTORY:
        return afterTask(current.onResponse(request, response));
      default:
        throw new IllegalStateException(phase.name());
    }
  }

  private Step afterTask(Request next) {
    if (next != null && phase == Phase.INVENTORY && pastInventoryBudget()) {
      return Step.finish(answered());
    }
    if (next != null) {
      return Step.send(next);
    }
    if (phase == Phase.SYSTEM) {
      if (systemTask.values().isEmpty() && systemTask.lastError() != null) {
        return Step.finish(ProbeResult.error(address, config.clock().instant(), conversation.version(), label(),
            "agent answered " + systemTask.lastError()));
      }
      if (systemTask.values().isEmpty()) {
        // It answered, without a system group (some camera agents serve only their private MIB):
        // the inventory round may still name the maker.
        notes.add("no system group objects");
      }
      if (conversation.version() == SnmpVersion.V1 && triedV2c) {
        phase = Phase.CONFIRM_V2C;
        attempt = 0;
        return Step.send(Request.get(List.of(SYS_OBJECT_ID), conversation.withVersion(SnmpVersion.V2C)));
      }
      return startInventory();
    }
    if (current != null && current.gaveUp() && !inventory.isEmpty()) {
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
    inventoryDeadlineMillis = config.clock().millis() + INVENTORY_BUDGET_TIMEOUTS * config.timeoutMillis();
    InventoryPlan plan = config.plan();
    if (!plan.privateObjects().isEmpty()) {
      List<OID> oids = new ArrayList<>();
      for (String o : plan.privateObjects()) {
        oids.add(new OID(o));
      }
      privateTask = new GetTask(oids, conversation, notes);
      inventory.add(privateTask);
    }
    if (plan.walkTables() && hasGenericIdentity()) {
      enterprises = new EnterpriseProbeTask(conversation, plan.genericEnterprises(), notes);
      inventory.add(enterprises);
    }
    if (plan.walkTables()) {
      tables = new WalkTask(InventoryPlan.walkedColumns(), conversation, plan.rowLimit(), 4, notes);
      inventory.add(tables);
    }
    return nextInventoryTask();
  }

  /** No sysObjectID, or a generic agent's (net-snmp): only then is it worth looking for the maker's own MIB. */
  private boolean hasGenericIdentity() {
    Variable v = systemTask.values().get(SYS_OBJECT_ID);
    if (!(v instanceof OID)) {
      return true;
    }
    OID oid = (OID) v;
    return !oid.startsWith(EnterpriseProbeTask.ENTERPRISES) || oid.size() <= EnterpriseProbeTask.ENTERPRISES.size()
        || config.plan().genericEnterprises().contains(oid.getUnsigned(EnterpriseProbeTask.ENTERPRISES.size()));
  }

  private boolean pastInventoryBudget() {
    if (config.clock().millis() <= inventoryDeadlineMillis) {
      return false;
    }
    notes.add("inventory round stopped after " + INVENTORY_BUDGET_TIMEOUTS + " timeouts' worth of time");
    inventory.clear();
    return true;
  }

  private Step nextInventoryTask() {
    if (!inventory.isEmpty() && pastInventoryBudget()) {
      return Step.finish(answered());
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
    return config.communities().get(communityIndex).label();
  }

  private ProbeResult answered() {
    Map<OID, Variable> v = systemTask.values();
    SystemInfo info = new SystemInfo(text(v.get(SYS_DESCR)), oid(v.get(SYS_OBJECT_ID)), text(v.get(SYS_NAME)),
        text(v.get(SYS_LOCATION)), text(v.get(SYS_CONTACT)), ticks(v.get(SYS_UPTIME)), integer(v.get(SYS_SERVICES)));
    Map<String, DeviceString> privateObjects = new HashMap<>();
    if (privateTask != null) {
      privateTask.values().forEach((oid, value) -> privateObjects.put(oid.toDottedString(), WalkTask.text(value)));
    }
    Inventory inv = new Inventory(privateObjects, rows("entPhysicalTable"), rows("ifTable"), rows("lldpRemTable"),
        rows("lldpRemManAddrTable"), rows("cdpCacheTable"), null,
        enterprises == null ? List.of() : enterprises.found(), List.of());
    return new ProbeResult(address, ProbeStatus.ANSWERED, info, inv, conversation.version(), label(),
        config.clock().instant(), String.join("; ", notes));
  }

  private List<TableRow> rows(String table) {
    return tables == null ? List.of() : tables.rows(table);
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
    return v instanceof TimeTicks || v instanceof UnsignedInteger32 || v instanceof Counter32 ? v.toLong() : null;
  }

  private static Integer integer(Variable v) {
    return v instanceof Integer32 ? ((Integer32) v).getValue() : null;
  }
}
