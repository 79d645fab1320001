/**
 * The audit history store: every complete run of every site, and the history of each thing a site
 * has had, in SQLite (a file, the default beside a scheduled run's reports) or PostgreSQL (one
 * database many collectors share), through one code path: plain JDBC, one SQL text for both, the
 * schema versioned in {@code src/main/resources/db/migration} and applied by Flyway when a store is
 * opened ({@link io.netaudit.store.Migrations}; a schema from a newer netaudit is refused).
 *
 * <p>Below {@code audit}, beside {@code report}: it imports {@code report} (the rows it keeps, as
 * their cells, and the history facts it gives back) and {@code text}, never SNMP4J, picocli or the
 * pipeline. The CLI ({@code cli.StoreSession}) decides when to open, write and spool.
 *
 * <ul>
 *   <li>Writing: {@link io.netaudit.store.Store#write} puts a run in ONE transaction ({@code
 *       RunWriter}): site row locked, run row, finding rows (batched; silent targets are not kept),
 *       counts, the history update ({@code HistoryUpdate}: events and subjects, mostly set-based
 *       SQL), {@code complete = 1}, retention ({@code Retention}), commit. Readers read complete
 *       runs only.
 *   <li>Keys: a row's subject ({@link io.netaudit.store.StoredRow#subjectOf}): {@code ip:ADDRESS}
 *       for devices (and neighbours with a management address), {@code ip:ADDRESS/entity:N} for
 *       components, {@code mac:MAC} for rows that carry one MAC (endpoints: a MAC that moved to
 *       another port or switch is the same subject). The site is part of every key: the same
 *       private address at two sites is two subjects. A run's endpoint rows come after its other
 *       rows in the one stream the write reads.
 *   <li>History: first seen, last seen, status, missed runs; {@code appeared}, {@code
 *       status_changed}, {@code remediated} (a RESTRICTED/REVIEW subject missed by N complete runs
 *       of its site in a row that covered it: devices and components by address, {@link
 *       io.netaudit.store.Coverage}; endpoints by runs that stored endpoint rows, so a {@code
 *       --no-endpoints} run remediates no MAC) and {@code reappeared} events.
 *   <li>Reading: {@link io.netaudit.store.SiteHistory} (a run's report columns), the latest run per
 *       site and its rows (the estate report), the trend, subjects, events and the remediation
 *       list.
 *   <li>Faults: {@link io.netaudit.store.Spool}, a SQLite store beside the reports that keeps runs
 *       a store could not take until the next run pushes them (runs are keyed: pushed once; a held
 *       run's rows are streamed from the spool into the store, not loaded).
 * </ul>
 *
 * <p><b>A new report column</b> needs nothing here: rows are kept as their cells ({@code
 * report.ReportCells}, a JSON object in {@code finding.cells}). <b>A new table or column of the
 * store</b> is a new migration file {@code V<n+1>__what.sql} (never edit an applied one), written
 * for both databases ({@code ${id_pk}} for an auto-numbered key).
 */
package io.netaudit.store;
