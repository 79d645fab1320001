/**
 * Report rows and their writers: RFC 4180 CSV, JSON Lines, a self-contained HTML page; cells of
 * device text are made safe for spreadsheets and terminals, and every file is published atomically.
 */
package io.netaudit.report;
