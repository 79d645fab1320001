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
  DROP_FIRST_TWO
}
