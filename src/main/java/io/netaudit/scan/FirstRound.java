package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.Credential;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.snmp4j.PDU;

/**
 * Finding a way into one target: the system-group GET per credential profile in their order, its
 * attempts alternating v2c, v1, v2c, ... for a community of no declared version, as many as {@link
 * RetryPolicy} gives a silent address, and, when replies from the address came too late to match,
 * one more chance with four times the timeout. Tells the {@link LossMeter} what the answer says
 * about loss. Used by one {@link DeviceProbe}, never concurrently.
 */
final class FirstRound {
  static final int SLOW_AGENT_TIMEOUT_FACTOR = 4;

  private final InetAddress address;
  private final ProbeConfig config;
  private final List<String> notes;

  /** Decided when the target is issued: whether this address is also asked in SNMPv1. */
  private final boolean asksV1;

  private int profileIndex;
  private int sent;
  private int v2cSent;
  private int v1Sent;
  private int sentInAll;
  private boolean profileDone;
  private boolean slowChanceTaken;

  /**
   * Refusals by SNMPv3 agents so far, in profile order: label, then reason. Null until the first.
   */
  private List<String[]> refusals;

  FirstRound(InetAddress address, ProbeConfig config, long sequence, List<String> notes) {
    this.address = address;
    this.config = config;
    this.notes = notes;
    RetryEvidence now = config.loss().evidence();
    RetryPolicy policy = config.retryPolicy();
    this.asksV1 = policy.asksV1(now, sequence) || policy.attempts(now) >= 2;
  }

  Request first() {
    return request(1);
  }

  /** Whether a v2c attempt went to the profile that answered (then a v1 answer is checked). */
  boolean triedV2c() {
    return v2cSent > 0;
  }

  int v2cSent() {
    return v2cSent;
  }

  private Request request(int timeoutFactor) {
    Credential credential = config.credentials().get(profileIndex);
    SnmpVersion version;
    if (credential instanceof UsmCredential) {
      version = SnmpVersion.V3;
    } else {
      SnmpVersion only = ((Community) credential).version();
      version = only != null ? only : sent % 2 == 0 ? SnmpVersion.V2C : SnmpVersion.V1;
    }
    RetryEvidence now = config.loss().evidence();
    RetryPolicy policy = config.retryPolicy();
    // The discovery rides along with the first community's first attempt, and with a later one
    // only while the loss says the earlier ones may all have been lost.
    boolean engine =
        config.engineProbe() && profileIndex == firstCommunity() && policy.discoveryWith(now, sent);
    sent++;
    sentInAll++;
    if (version == SnmpVersion.V2C) {
      v2cSent++;
    } else if (version == SnmpVersion.V1) {
      v1Sent++;
    }
    // The planned last attempt of a silent address stays open for a second timeout (its late
    // reply is still taken): an agent slower than the timeout is found without another packet.
    boolean lingers =
        policy.adaptive()
            && timeoutFactor == 1
            && version != SnmpVersion.V3
            && profileIndex == config.credentials().size() - 1
            && !policy.another(now, sent, v1Owed());
    return new Request(PDU.GET, DeviceProbe.SYSTEM, version, profileIndex, 0, timeoutFactor, engine)
        .lingering(lingers);
  }

  /** This address is asked in SNMPv1 and this profile has not yet done it. */
  private boolean v1Owed() {
    Credential credential = config.credentials().get(profileIndex);
    return asksV1
        && credential instanceof Community community
        && community.version() == null
        && v1Sent == 0;
  }

  private int firstCommunity() {
    for (int i = 0; i < config.credentials().size(); i++) {
      if (config.credentials().get(i) instanceof Community) {
        return i;
      }
    }
    return -1;
  }

  /** An SNMPv3 agent refused this profile: asking again cannot change its answer. */
  void refused(Request request, String reason) {
    if (refusals == null) {
      refusals = new ArrayList<>(1);
    }
    refusals.add(new String[] {config.credentials().get(request.profileIndex()).label(), reason});
    profileDone = true;
  }

  /** The next attempt after the last one went unanswered, or null when there is none. */
  Request afterTimeout() {
    if (!profileDone && config.retryPolicy().another(config.loss().evidence(), sent, v1Owed())) {
      config.loss().silentRetry();
      return request(1);
    }
    if (profileIndex + 1 < config.credentials().size()) {
      profileIndex++;
      startProfile();
      return request(1);
    }
    if (refusals == null && !slowChanceTaken && config.heardFrom().test(address)) {
      slowChanceTaken = true;
      notes.add(
          "replies from this address arrived after the timeout; asked again with "
              + SLOW_AGENT_TIMEOUT_FACTOR
              + "x the timeout");
      // v2c then v1 are both covered by the attempts so far; the late replies were to either.
      profileIndex = 0;
      startProfile();
      return request(SLOW_AGENT_TIMEOUT_FACTOR);
    }
    return null;
  }

  private void startProfile() {
    sent = 0;
    v2cSent = 0;
    v1Sent = 0;
    profileDone = false;
  }

  /** The result of a target that answered no attempt: AUTH_FAILED or NO_RESPONSE. */
  ProbeResult unanswered() {
    if (refusals != null) {
      List<String> why = new ArrayList<>();
      for (String[] r : refusals) {
        why.add(r[1] + " with profile '" + r[0] + "'");
      }
      return ProbeResult.authFailed(
          address, config.clock().instant(), refusals.get(0)[0], String.join("; ", why));
    }
    return ProbeResult.noResponse(
        address,
        config.clock().instant(),
        slowChanceTaken
            ? "no matching reply, even with " + SLOW_AGENT_TIMEOUT_FACTOR + "x the timeout"
            : "no reply");
  }

  /** {@code request} was answered: what that says about loss goes to the meter. */
  void answered(Request request) {
    int sameVersionBefore =
        switch (request.version()) {
          case V2C -> v2cSent - 1;
          case V1 -> v1Sent - 1;
          default -> sent - 1;
        };
    config
        .loss()
        .found(sentInAll, sameVersionBefore, asksV1 || request.version() == SnmpVersion.V1);
  }

  /** The v2c check of a v1 answer: it speaks v2c (its v2c attempts were lost), or only v1. */
  void v2cChecked(boolean speaksV2c) {
    config.loss().v2cChecked(speaksV2c, v2cSent);
  }
}
