package io.netaudit.agent;

/**
 * Misbehaviours real agents show, for the demo and the end-to-end tests. Faults that need a
 * hand-made datagram (garbage, wrong source, wrong request id) are produced by raw UDP responders
 * in the tests instead.
 */
public enum Fault {
  NONE,
  /** Drops every SNMPv2c request; answers v1 only. */
  V1_ONLY,
  /** Any request with more than one varbind gets tooBig (some agents' limit on long sysDescr). */
  TOO_BIG_MULTI,
  /** Every request gets genErr. */
  GEN_ERR,
  /** Every reply is sent three times. */
  DUPLICATE,
  /** Drops the first two requests it receives, then answers (a lossy link, deterministic). */
  DROP_FIRST_TWO,
  /**
   * GETNEXT and GETBULK inside a table (below 1.3.6.1.2.1.17 or 1.3.6.1.2.1.4) return the OID asked
   * for again: a walk that loops.
   */
  WALK_LOOP,
  /** Answers its first 40 requests, then none: a device that stops answering halfway a walk. */
  GOES_SILENT
}
