package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;

/**
 * Requests that go through SNMP4J's asynchronous send: walks, the slow agent's longer last chance,
 * and every SNMPv3 request (on the profile's own session, where SNMP4J does engine discovery, USM
 * and REPORT handling). SNMP4J matches their replies by request id, version and community; this
 * class adds the check that the reply came from the address asked, per session, so nothing
 * process-wide has to be switched on (SNMP4J's own check is a JVM-wide setting). Each outcome is
 * turned into the probe's next step and handed to {@link Steps}.
 *
 * <p>Callbacks run on SNMP4J's receive and timer threads; they never block.
 */
final class AsyncRequests implements ResponseListener {
  private static final Logger LOG = LoggerFactory.getLogger(AsyncRequests.class);

  /** Where the outcome of a request goes. */
  interface Steps {
    /** {@code probe} takes {@code step} after a matched reply (true) or a timeout (false). */
    void advance(DeviceProbe probe, Step step, boolean matched);
  }

  private final Snmp session;
  private final UsmSessions usm;
  private final int port;
  private final long timeoutMillis;
  private final Steps steps;

  AsyncRequests(Snmp session, UsmSessions usm, int port, long timeoutMillis, Steps steps) {
    this.session = session;
    this.usm = usm;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
    this.steps = steps;
  }

  /** A v1/v2c request on the sweep's session. */
  void send(InFlight f, Community community) throws IOException {
    Request request = f.request();
    CommunityTarget<UdpAddress> target =
        new CommunityTarget<>(peer(f), new OctetString(request.community(community.secret())));
    target.setVersion(
        request.version() == SnmpVersion.V1 ? SnmpConstants.version1 : SnmpConstants.version2c);
    session.send(Pdus.of(request), withTiming(target, request), f, this);
  }

  /** An SNMPv3 request on its profile's session. */
  void sendV3(InFlight f, UsmCredential credential) throws IOException {
    Request request = f.request();
    UserTarget<UdpAddress> target = new UserTarget<>();
    target.setAddress(peer(f));
    target.setVersion(SnmpConstants.version3);
    target.setSecurityName(new OctetString(credential.user()));
    target.setSecurityLevel(credential.securityLevel());
    // Nothing stale is blamed on this request.
    usm.takeRefusal(request.profileIndex(), f.probe().address());
    usm.session(request.profileIndex())
        .send(Pdus.of(request), withTiming(target, request), f, this);
  }

  private UdpAddress peer(InFlight f) {
    return new UdpAddress(f.probe().address(), port);
  }

  private <T extends Target<UdpAddress>> T withTiming(T target, Request request) {
    target.setTimeout(timeoutMillis * request.timeoutFactor());
    target.setRetries(
        0); // retries are the probe's, so each attempt may change version or community
    return target;
  }

  @Override
  public <A extends Address> void onResponse(ResponseEvent<A> event) {
    InFlight f = (InFlight) event.getUserObject();
    PDU response = event.getResponse();
    if (response != null && !fromAddressAsked(event, f)) {
      LOG.info(
          "ignored a reply from {} to the request sent to {}: another source address",
          event.getPeerAddress(),
          f.probe().address().getHostAddress());
      if (response.getType() != PDU.REPORT) {
        return; // SNMP4J keeps the request: the right reply, or its timeout, still comes
      }
      // SNMP4J has already dropped a request a REPORT answered: it ends here, unanswered.
      if (f.settle()) {
        steps.advance(f.probe(), f.probe().onTimeout(f.request()), false);
      }
      return;
    }
    if (response != null) {
      // Always cancel an answered async request, or SNMP4J keeps it (a known leak).
      ((Snmp) event.getSource()).cancel(event.getRequest(), this);
    }
    if (!f.settle()) {
      return; // this request's other outcome came first
    }
    if (response != null) {
      steps.advance(f.probe(), answered(f, response), true);
      return;
    }
    AuthFailure refused =
        f.request().version() == SnmpVersion.V3
            ? usm.takeRefusal(f.request().profileIndex(), f.probe().address())
            : null;
    Step step =
        refused != null
            ? f.probe().onRefusal(f.request(), refused.description())
            : f.probe().onTimeout(f.request());
    steps.advance(f.probe(), step, false);
  }

  private static Step answered(InFlight f, PDU response) {
    if (response.getType() == PDU.RESPONSE) {
      return f.probe().onResponse(f.request(), response);
    }
    if (response.getType() == PDU.REPORT && f.request().version() == SnmpVersion.V3) {
      return f.probe().onReport(f.request(), response);
    }
    return f.probe().onTimeout(f.request());
  }

  /** The reply's source is the agent's address and port, as SNMP4J's own (global) check has it. */
  private boolean fromAddressAsked(ResponseEvent<?> event, InFlight f) {
    Address from = event.getPeerAddress();
    return from instanceof UdpAddress
        && ((UdpAddress) from).getPort() == port
        && f.probe().address().equals(((UdpAddress) from).getInetAddress());
  }
}
