/** {@code netaudit diff}: what changed between two reports, for alerting on news only. */
package io.netaudit.diff;
