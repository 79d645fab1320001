/**
 * Report rows and their writers: RFC 4180 CSV, JSON Lines, a self-contained HTML page; cells of
 * device text are made safe for spreadsheets and terminals, and every file is published atomically.
 * A bottom package: it imports only {@code io.netaudit.text} of ours (never policy, identify, scan
 * or audit), so the audit status it reports ({@link io.netaudit.report.AuditStatus}) lives here and
 * policy and audit import it.
 */
package io.netaudit.report;
