package io.netaudit.snmp;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of probing one target.
 *
 * @param system present exactly when status is ANSWERED
 * @param inventory what the inventory round read (empty at system depth, or when it did not answer)
 * @param version the SNMP version that answered, or null
 * @param credential the label of the credential profile that answered (or, for AUTH_FAILED, was
 *     refused) (never the secret), or ""
 * @param detail one line for the report: why it failed, or what was worked around
 */
public record ProbeResult(
    InetAddress address,
    ProbeStatus status,
    SystemInfo system,
    Inventory inventory,
    SnmpVersion version,
    String credential,
    Instant polledAt,
    String detail) {

  public ProbeResult {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(polledAt, "polledAt");
    if ((status == ProbeStatus.ANSWERED) != (system != null)) {
      throw new IllegalArgumentException(
          "system info must be present exactly for ANSWERED: " + status);
    }
    inventory = inventory == null ? Inventory.EMPTY : inventory;
    credential = credential == null ? "" : credential;
    detail = detail == null ? "" : detail;
  }

  public static ProbeResult noResponse(InetAddress address, Instant at, String detail) {
    return new ProbeResult(address, ProbeStatus.NO_RESPONSE, null, null, null, "", at, detail);
  }

  /** An SNMPv3 agent refused the profile {@code credential}; {@code detail} names the reason. */
  public static ProbeResult authFailed(
      InetAddress address, Instant at, String credential, String detail) {
    return new ProbeResult(
        address, ProbeStatus.AUTH_FAILED, null, null, SnmpVersion.V3, credential, at, detail);
  }

  public static ProbeResult error(
      InetAddress address, Instant at, SnmpVersion version, String credential, String detail) {
    return new ProbeResult(address, ProbeStatus.ERROR, null, null, version, credential, at, detail);
  }
}
