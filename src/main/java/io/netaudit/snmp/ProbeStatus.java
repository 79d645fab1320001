package io.netaudit.snmp;

/** How talking to one target ended. Expected failures are values, never exceptions. */
public enum ProbeStatus {
  /** The device answered the system-group GET from the address that was asked. */
  ANSWERED,
  /**
   * No community answered, but the credential-less SNMPv3 discovery did: the engine ID it revealed
   * is all the audit knows of the device.
   */
  ENGINE_ID_ONLY,
  /**
   * An SNMPv3 agent answered with a USM REPORT instead of data (unknown user, wrong digest,
   * decryption error, unsupported security level, not in time window) and no later profile worked;
   * the detail says which.
   */
  AUTH_FAILED,
  /** Nothing usable came back from the asked address within timeout and retries. */
  NO_RESPONSE,
  /** The asked address sent replies that could not be decoded, or an SNMP error instead of data. */
  ERROR
}
