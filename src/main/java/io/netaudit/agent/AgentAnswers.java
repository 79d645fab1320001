package io.netaudit.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snmp4j.PDU;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * What a simulated device answers to one request (GET, GETNEXT, GETBULK; v1's noSuchName, v2c's
 * exceptions), with its {@link Fault}s; {@link SimulatedNetwork} receives and sends.
 */
final class AgentAnswers {
  private static final int MAX_BULK_REPETITIONS = 50;

  /**
   * The largest PDU an agent sends: what fits a UDP datagram with the message header around it
   * (SNMP4J's own limit; larger replies are never sent).
   */
  private static final int MAX_RESPONSE_BYTES = 65_000;

  private static final List<OID> LOOPING_TABLES =
      List.of(new OID("1.3.6.1.2.1.17"), new OID("1.3.6.1.2.1.4"));

  private AgentAnswers() {}

  /**
   * What a real agent does with a response too large for one datagram (RFC 3416 4.2.3): a GETBULK
   * response loses varbinds from its end until it fits, anything else becomes tooBig.
   */
  static PDU fitted(PDU response, int requestType) {
    if (response.getBERLength() <= MAX_RESPONSE_BYTES) {
      return response;
    }
    if (requestType != PDU.GETBULK) {
      response.setVariableBindings(new ArrayList<>());
      return error(response, PDU.tooBig, 0);
    }
    while (response.size() > 1 && response.getBERLength() > MAX_RESPONSE_BYTES) {
      response.trim();
    }
    return response;
  }

  /** The device's response to {@code request} (before {@link #fitted}); {@code v1} for SNMPv1. */
  static PDU answer(SimulatedDevice device, AgentMib mib, PDU request, boolean v1) {
    PDU response = (PDU) request.clone();
    response.setType(PDU.RESPONSE);
    response.setErrorStatus(PDU.noError);
    response.setErrorIndex(0);
    List<? extends VariableBinding> asked = request.getVariableBindings();
    if (device.fault() == Fault.GEN_ERR) {
      return error(response, PDU.genErr, 1);
    }
    if (device.fault() == Fault.TOO_BIG_MULTI && asked.size() > 1) {
      return error(response, PDU.tooBig, 0);
    }
    List<VariableBinding> out = new ArrayList<>();
    switch (request.getType()) {
      case PDU.GET:
        for (int i = 0; i < asked.size(); i++) {
          OID oid = asked.get(i).getOid();
          Variable v = mib.get(oid);
          if (v == null) {
            if (v1) {
              return error(response, PDU.noSuchName, i + 1);
            }
            v = Null.noSuchObject;
          }
          out.add(new VariableBinding(oid, v));
        }
        break;
      case PDU.GETNEXT:
        for (int i = 0; i < asked.size(); i++) {
          Map.Entry<OID, Variable> next = next(device, mib, asked.get(i).getOid());
          if (next == null) {
            if (v1) {
              return error(response, PDU.noSuchName, i + 1);
            }
            out.add(new VariableBinding(asked.get(i).getOid(), Null.endOfMibView));
          } else {
            out.add(new VariableBinding(next.getKey(), next.getValue()));
          }
        }
        break;
      case PDU.GETBULK:
        bulk(device, mib, request, out);
        break;
      default:
        return error(response, v1 ? PDU.readOnly : PDU.notWritable, 1);
    }
    response.setVariableBindings(out);
    return response;
  }

  private static void bulk(
      SimulatedDevice device, AgentMib mib, PDU request, List<VariableBinding> out) {
    List<? extends VariableBinding> asked = request.getVariableBindings();
    int nonRepeaters = Math.max(0, Math.min(request.getNonRepeaters(), asked.size()));
    int repetitions = Math.max(0, Math.min(request.getMaxRepetitions(), MAX_BULK_REPETITIONS));
    for (int i = 0; i < nonRepeaters; i++) {
      out.add(nextOf(device, mib, asked.get(i).getOid()));
    }
    List<OID> cursors = new ArrayList<>();
    for (int i = nonRepeaters; i < asked.size(); i++) {
      cursors.add(asked.get(i).getOid());
    }
    for (int r = 0; r < repetitions && !cursors.isEmpty(); r++) {
      for (int c = 0; c < cursors.size(); c++) {
        VariableBinding vb = nextOf(device, mib, cursors.get(c));
        out.add(vb);
        cursors.set(c, vb.getOid());
      }
    }
  }

  private static VariableBinding nextOf(SimulatedDevice device, AgentMib mib, OID oid) {
    Map.Entry<OID, Variable> next = next(device, mib, oid);
    return next == null
        ? new VariableBinding(oid, Null.endOfMibView)
        : new VariableBinding(next.getKey(), next.getValue());
  }

  /** The object after {@code oid}; a looping walk gets {@code oid} itself back inside a table. */
  private static Map.Entry<OID, Variable> next(SimulatedDevice device, AgentMib mib, OID oid) {
    if (device.fault() == Fault.WALK_LOOP && LOOPING_TABLES.stream().anyMatch(oid::startsWith)) {
      Variable v = mib.get(oid);
      if (v != null) {
        return Map.entry(oid, v);
      }
    }
    return mib.next(oid);
  }

  private static PDU error(PDU response, int status, int index) {
    response.setErrorStatus(status);
    response.setErrorIndex(index);
    return response;
  }
}
