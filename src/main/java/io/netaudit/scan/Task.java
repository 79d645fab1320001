package io.netaudit.scan;

import org.snmp4j.PDU;

/**
 * One step of reading a device after it answered (a GET of some objects, a table walk). A task has
 * at most one request in flight; it returns the next request, or null when it is done.
 */
interface Task {
  Request start();

  Request onResponse(Request sent, PDU response);

  Request onTimeout(Request sent);

  /** True when the task ended because the device stopped answering. */
  boolean gaveUp();

  /**
   * True for a task bounded by its own clock instead of the inventory round's budget (the
   * address-table walks: a large table takes seconds however fast the agent is).
   */
  default boolean hasOwnTimeBound() {
    return false;
  }
}
