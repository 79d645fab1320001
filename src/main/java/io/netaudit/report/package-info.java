/**
 * Report rows and their writers, one per {@link io.netaudit.report.ReportFormat}: RFC 4180 CSV,
 * typed JSON Lines v2 for SIEMs (ECS names, a JSON Schema in the jar) and v1, a self-contained HTML
 * page, and a CycloneDX 1.6 hardware BOM; cells of device text are made safe for spreadsheets and
 * terminals, and every file is published atomically. docs/report-formats.md documents each format
 * and how to add a column or a format (one writer, one {@code ReportFormat} constant). A bottom
 * package: it imports only {@code io.netaudit.text} of ours (never policy, identify, scan or audit)
 * and Jackson's streaming generator, so the audit status it reports ({@link
 * io.netaudit.report.AuditStatus}) lives here and policy and audit import it.
 */
package io.netaudit.report;
