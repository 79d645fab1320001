package io.netaudit.scan;

import io.netaudit.snmp.Community;
import io.netaudit.snmp.Credential;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SnmpVersion;
import io.netaudit.snmp.UsmCredential;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding a way into one target: the system-group GET per credential profile in their order, its
 * attempts alternating v2c, v1, v2c, ... for a community of no declared version, as many as {@link
 * RetryPolicy} gives a silent address, and, when replies from the address came too late to match,
 * one more chance with four times the timeout. Tells the {@link LossMeter} what the answer says
 * about loss. Used by one {@link DeviceProbe}, never concurrently.
 *
 * <p>A silent address whose result is held for a while ({@link HeldProbes}) can be asked again: in
 * SNMPv1 when a v1-only agent turned up in the network after its round ({@link #revive}), and at
 * the end of the hold with the slow agent's chance if its late replies arrived meanwhile, or in
 * SNMPv1 if its SNMP engine answered the discovery ({@link #release}).
 */
final class FirstRound {
  static final int SLOW_AGENT_TIMEOUT_FACTOR = 4;

  private final InetAddress address;
  private final ProbeConfig config;
  private final List<String> notes;

  /** Decided when the target is issued: whether this address is also asked in SNMPv1. */
  private boolean asksV1;

  /** Whether any profile asked in SNMPv1. */
  private boolean askedV1;

  /** The v1-only agents the sweep had found when this target was issued. */
  private final long v1OnlyKnown;

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
    this.v1OnlyKnown = now.v1Only();
  }

  /**
   * Whether this silent address is to be {@linkplain #revive revived}: a v1-only agent was found
   * since it was issued (its choice of versions did not know of it) and it has not been asked in
   * SNMPv1.
   */
  boolean revivable(long v1OnlyFound) {
    return v1OnlyFound > v1OnlyKnown
        && !askedV1
        && refusals == null
        && firstAlternatingCommunity() >= 0;
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
      askedV1 = true;
    }
    return config.findRequests().get(profileIndex, version, timeoutFactor, engine);
  }

  /**
   * This address is asked in SNMPv1 (chosen to be, or an SNMP engine answered there) and this
   * profile has not yet done it.
   */
  private boolean v1Owed() {
    Credential credential = config.credentials().get(profileIndex);
    return (asksV1 || config.engineHeard().test(address))
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
    return slowChance();
  }

  /** The slow agent's chance, when its replies came too late and it has not had it; else null. */
  private Request slowChance() {
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

  /** Whether the result of this silent address may be held: it was not refused. */
  boolean holdable() {
    return refusals == null;
  }

  /**
   * A held silent address is asked in SNMPv1 after all, since a v1-only agent turned up: its v1
   * attempt, or null when it had one or no community of the sweep alternates versions.
   */
  Request revive() {
    int alternating = firstAlternatingCommunity();
    if (askedV1 || refusals != null || alternating < 0) {
      return null;
    }
    asksV1 = true;
    profileIndex = alternating;
    startProfile();
    // Its v2c attempt was made: straight to v1.
    sent = 1;
    v2cSent = 1;
    config.loss().revived();
    return request(1);
  }

  /**
   * The end of a held silent address: the slow agent's chance if late replies came from it, its
   * SNMPv1 attempt if an SNMP engine answered there; null when neither (it ends unanswered).
   */
  Request release() {
    Request slow = slowChance();
    if (slow != null) {
      return slow;
    }
    return config.engineHeard().test(address) ? revive() : null;
  }

  private int firstAlternatingCommunity() {
    for (int i = 0; i < config.credentials().size(); i++) {
      if (config.credentials().get(i) instanceof Community c && c.version() == null) {
        return i;
      }
    }
    return -1;
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
