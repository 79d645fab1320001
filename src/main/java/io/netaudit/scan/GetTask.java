package io.netaudit.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * GETs a set of scalar objects. Tolerates what real agents do: v1 noSuchName for one missing object
 * (drop it, ask again), tooBig or genErr on a multi-object GET (ask one object at a time),
 * reordered or missing varbinds (matched by OID, never by position).
 */
final class GetTask implements Task {
  private final Conversation conversation;
  private final List<String> notes;
  private final Map<OID, Variable> values = new LinkedHashMap<>();
  private List<OID> pending;
  private boolean oneByOne;
  private int splitIndex;
  private int attempt;
  private String lastError;
  private boolean gaveUp;

  GetTask(List<OID> oids, Conversation conversation, List<String> notes) {
    this.pending = List.copyOf(oids);
    this.conversation = conversation;
    this.notes = notes;
  }

  Map<OID, Variable> values() {
    return values;
  }

  /** The last SNMP error the agent answered, or null. */
  String lastError() {
    return lastError;
  }

  @Override
  public Request start() {
    return pending.isEmpty() ? null : Request.get(pending, conversation);
  }

  @Override
  public Request onResponse(Request sent, PDU response) {
    int status = response.getErrorStatus();
    if (status == PDU.noError) {
      collect(response, sent.oids());
      return oneByOne ? nextSingle() : null;
    }
    lastError = ErrorStatus.name(status);
    if (oneByOne) {
      return nextSingle();
    }
    if (status == PDU.noSuchName && sent.oids().size() > 1) {
      int index = response.getErrorIndex();
      if (index >= 1 && index <= sent.oids().size()) {
        // SNMPv1 fails the whole GET for one missing object: drop it and ask again.
        List<OID> rest = new ArrayList<>(sent.oids());
        OID missing = rest.remove(index - 1);
        notes.add(missing + " absent (v1 noSuchName)");
        pending = rest;
        attempt = 0;
        return Request.get(pending, conversation);
      }
    }
    if (sent.oids().size() > 1) {
      notes.add(lastError + " on a " + sent.oids().size() + "-object GET, read one by one");
      pending = sent.oids();
      oneByOne = true;
      splitIndex = 0;
      attempt = 0;
      return Request.get(List.of(pending.get(0)), conversation);
    }
    return null;
  }

  @Override
  public Request onTimeout(Request sent) {
    attempt++;
    if (attempt <= conversation.retries()) {
      return sent.again();
    }
    if (oneByOne) {
      notes.add(sent.oids().get(0) + " timed out");
      return nextSingle();
    }
    notes.add("GET of " + sent.oids().size() + " objects timed out");
    gaveUp = true;
    return null;
  }

  @Override
  public boolean gaveUp() {
    return gaveUp;
  }

  private Request nextSingle() {
    splitIndex++;
    attempt = 0;
    return splitIndex < pending.size()
        ? Request.get(List.of(pending.get(splitIndex)), conversation)
        : null;
  }

  private void collect(PDU response, List<OID> asked) {
    for (VariableBinding vb : response.getVariableBindings()) {
      Variable v = vb.getVariable();
      if (asked.contains(vb.getOid())
          && !vb.isException()
          && v != null
          && v.getSyntax() != SMIConstants.SYNTAX_NULL) {
        values.put(vb.getOid(), v);
      }
    }
  }
}
