package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.ProbeStatus;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.SystemInfo;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.snmp4j.smi.VariableBinding;

/**
 * The conversation with one target, as a state machine that never blocks: the engine feeds it
 * replies and timeouts and it answers with the next request or the final result. It has at most
 * one request in flight, so its callbacks never run concurrently.
 *
 * <p>Order of attempts per community: v2c, v1, v2c, ... (retries + 1 in all). Alternating lets a
 * v1-only device answer without a second full timeout phase for every silent address. When v1
 * answers only after a v2c attempt went unanswered, one v2c GET confirms whether v2c works too
 * (a lost reply looks the same as a v1-only agent).
 */
final class DeviceProbe {
  private enum Phase { SYSTEM, SPLIT, CONFIRM_V2C }

  private final InetAddress address;
  private final List<Community> communities;
  private final int retries;
  private final Clock clock;
  private final Map<SystemOids, Variable> values = new EnumMap<>(SystemOids.class);
  private final List<String> notes = new ArrayList<>();

  private Phase phase = Phase.SYSTEM;
  private int communityIndex;
  private int attempt;
  private List<SystemOids> pending = SystemOids.ALL;
  private int splitIndex;
  private SnmpVersion answeredVersion;
  private boolean sawV2cAttempt;
  private String lastError;

  DeviceProbe(InetAddress address, List<Community> communities, int retries, Clock clock) {
    this.address = address;
    this.communities = communities;
    this.retries = retries;
    this.clock = clock;
  }

  InetAddress address() {
    return address;
  }

  Request first() {
    return systemRequest();
  }

  private Request systemRequest() {
    SnmpVersion version = attempt % 2 == 0 ? SnmpVersion.V2C : SnmpVersion.V1;
    if (version == SnmpVersion.V2C) {
      sawV2cAttempt = true;
    }
    return new Request(pending, version, communityIndex);
  }

  Step onTimeout(Request request) {
    switch (phase) {
      case SYSTEM:
        attempt++;
        if (attempt <= retries) {
          return Step.send(systemRequest());
        }
        if (communityIndex + 1 < communities.size()) {
          communityIndex++;
          attempt = 0;
          sawV2cAttempt = false;
          return Step.send(systemRequest());
        }
        return Step.finish(ProbeResult.noResponse(address, clock.instant(), "no reply"));
      case SPLIT:
        attempt++;
        if (attempt <= retries) {
          return Step.send(request);
        }
        notes.add(request.objects().get(0).name().toLowerCase() + " timed out");
        return nextSplit();
      case CONFIRM_V2C:
        attempt++;
        if (attempt <= retries) {
          return Step.send(request);
        }
        return Step.finish(answered());
      default:
        throw new IllegalStateException(phase.name());
    }
  }

  Step onResponse(Request request, PDU response) {
    switch (phase) {
      case SYSTEM:
        return onSystemResponse(request, response);
      case SPLIT:
        return onSplitResponse(request, response);
      case CONFIRM_V2C:
        if (response.getErrorStatus() == PDU.noError) {
          answeredVersion = SnmpVersion.V2C;
        }
        return Step.finish(answered());
      default:
        throw new IllegalStateException(phase.name());
    }
  }

  private Step onSystemResponse(Request request, PDU response) {
    int status = response.getErrorStatus();
    answeredVersion = request.version();
    if (status == PDU.noError) {
      collect(response);
      return afterSystem();
    }
    if (status == PDU.noSuchName && request.objects().size() > 1) {
      // SNMPv1 fails the whole GET for one missing object: drop it and ask again.
      int index = response.getErrorIndex();
      if (index >= 1 && index <= request.objects().size()) {
        List<SystemOids> rest = new ArrayList<>(request.objects());
        SystemOids missing = rest.remove(index - 1);
        notes.add(missing.name().toLowerCase() + " absent (v1 noSuchName)");
        pending = rest;
        attempt = 0;
        return Step.send(new Request(pending, request.version(), communityIndex));
      }
    }
    lastError = ErrorStatus.name(status);
    if (request.objects().size() > 1) {
      // tooBig (a long sysDescr) or an agent that fails multi-object GETs: ask one object at a time.
      notes.add(lastError + " on the " + request.objects().size() + "-object GET, read one by one");
      phase = Phase.SPLIT;
      pending = request.objects();
      splitIndex = 0;
      attempt = 0;
      return Step.send(new Request(List.of(pending.get(0)), request.version(), communityIndex));
    }
    return Step.finish(errorResult("agent answered " + lastError));
  }

  private Step onSplitResponse(Request request, PDU response) {
    if (response.getErrorStatus() == PDU.noError) {
      collect(response);
    } else {
      lastError = ErrorStatus.name(response.getErrorStatus());
    }
    return nextSplit();
  }

  private Step nextSplit() {
    splitIndex++;
    attempt = 0;
    if (splitIndex < pending.size()) {
      return Step.send(new Request(List.of(pending.get(splitIndex)), answeredVersion, communityIndex));
    }
    if (values.isEmpty()) {
      return Step.finish(errorResult("agent answered " + lastError + " for every object"));
    }
    return afterSystem();
  }

  private Step afterSystem() {
    if (answeredVersion == SnmpVersion.V1 && sawV2cAttempt) {
      phase = Phase.CONFIRM_V2C;
      attempt = 0;
      return Step.send(new Request(List.of(SystemOids.OBJECT_ID), SnmpVersion.V2C, communityIndex));
    }
    return Step.finish(answered());
  }

  private void collect(PDU response) {
    // Match by OID, never by position: agents reorder and drop varbinds.
    for (VariableBinding vb : response.getVariableBindings()) {
      SystemOids which = SystemOids.of(vb.getOid());
      if (which != null && !vb.isException() && vb.getVariable() != null
          && vb.getVariable().getSyntax() != org.snmp4j.smi.SMIConstants.SYNTAX_NULL) {
        values.put(which, vb.getVariable());
      }
    }
  }

  private ProbeResult errorResult(String detail) {
    return ProbeResult.error(address, clock.instant(), answeredVersion, label(), detail);
  }

  private String label() {
    return communities.get(communityIndex).label();
  }

  private ProbeResult answered() {
    SystemInfo info = new SystemInfo(
        text(SystemOids.DESCR),
        oid(SystemOids.OBJECT_ID),
        text(SystemOids.NAME),
        text(SystemOids.LOCATION),
        text(SystemOids.CONTACT),
        ticks(SystemOids.UPTIME),
        integer(SystemOids.SERVICES));
    return new ProbeResult(address, ProbeStatus.ANSWERED, info, answeredVersion, label(), clock.instant(),
        String.join("; ", notes));
  }

  private DeviceString text(SystemOids which) {
    Variable v = values.get(which);
    if (v instanceof OctetString) {
      return DeviceString.of(((OctetString) v).getValue());
    }
    return v == null ? DeviceString.EMPTY : DeviceString.of(v.toString());
  }

  private String oid(SystemOids which) {
    Variable v = values.get(which);
    return v instanceof OID ? ((OID) v).toDottedString() : "";
  }

  private Long ticks(SystemOids which) {
    Variable v = values.get(which);
    if (v instanceof TimeTicks || v instanceof UnsignedInteger32 || v instanceof Counter32) {
      return v.toLong();
    }
    return null;
  }

  private Integer integer(SystemOids which) {
    Variable v = values.get(which);
    return v instanceof Integer32 ? ((Integer32) v).getValue() : null;
  }
}
