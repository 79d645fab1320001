package io.netaudit.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * Finds which enterprise subtrees (1.3.6.1.4.1.N) an agent serves, skipping generic agent MIBs
 * (net-snmp, UCD): a camera or NAS on net-snmp's identity often still serves its maker's own MIB.
 * GETNEXT hops from one enterprise to the next, bounded in hops and results.
 */
final class EnterpriseProbeTask implements Task {
  static final OID ENTERPRISES = new OID("1.3.6.1.4.1");
  private static final int MAX_HOPS = 6;
  private static final int MAX_FOUND = 3;

  private final Conversation conversation;
  private final Set<Long> generic;
  private final List<String> notes;
  private final List<Long> found = new ArrayList<>();
  private int hops;
  private int attempt;
  private boolean gaveUp;

  /**
   * @param generic enterprise numbers every agent of some stack serves (net-snmp, UCD, …): skipped
   */
  EnterpriseProbeTask(Conversation conversation, Set<Long> generic, List<String> notes) {
    this.conversation = conversation;
    this.generic = generic;
    this.notes = notes;
  }

  List<Long> found() {
    return List.copyOf(found);
  }

  @Override
  public Request start() {
    return next(ENTERPRISES);
  }

  private Request next(OID from) {
    hops++;
    attempt = 0;
    return new Request(
        PDU.GETNEXT,
        List.of(from),
        conversation.version(),
        conversation.profileIndex(),
        0,
        conversation.timeoutFactor(),
        false);
  }

  @Override
  public Request onResponse(Request sent, PDU response) {
    if (response.getErrorStatus() != PDU.noError || response.size() == 0) {
      return null; // v1 noSuchName: nothing after this point
    }
    VariableBinding vb = response.get(0);
    OID oid = vb.getOid();
    OID asked = sent.oids().get(0);
    if (vb.isException()
        || oid == null
        || !oid.startsWith(ENTERPRISES)
        || oid.size() <= ENTERPRISES.size()
        || oid.compareTo(asked) <= 0) {
      return null; // end of view, left the enterprises subtree, or a walk that does not move
      // forward
    }
    long enterprise = oid.getUnsigned(ENTERPRISES.size());
    if (!generic.contains(enterprise) && !found.contains(enterprise)) {
      found.add(enterprise);
    }
    if (found.size() >= MAX_FOUND || hops >= MAX_HOPS || enterprise >= 0xFFFFFFFFL) {
      return null;
    }
    return next(new OID(ENTERPRISES).append((int) (enterprise + 1)));
  }

  @Override
  public Request onTimeout(Request sent) {
    attempt++;
    if (attempt <= conversation.retries()) {
      return sent.again();
    }
    notes.add("enterprise subtree probe timed out");
    gaveUp = true;
    return null;
  }

  @Override
  public boolean gaveUp() {
    return gaveUp;
  }
}
