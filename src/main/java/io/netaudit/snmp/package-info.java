/**
 * Value types of what a device said (system group, inventory, probe outcome) and the MIB facts the
 * tool reads, free of SNMP4J types (the scan and agent adapters convert at their boundary).
 *
 * <ul>
 *   <li>{@link io.netaudit.snmp.Oid}: the one OID type: one parse (white space stripped, one
 *       leading dot accepted, arcs 0..4294967295), the enterprise-number rule (the arc after
 *       1.3.6.1.4.1) and the embedded-enterprise rule.
 *   <li>Tables are {@link io.netaudit.snmp.TableId}s with {@link io.netaudit.snmp.ColumnId}s, each
 *       defined once in its MIB's class ({@link io.netaudit.snmp.SystemMib} scalars, {@link
 *       io.netaudit.snmp.EntityMib}, {@link io.netaudit.snmp.IfMib}, {@link
 *       io.netaudit.snmp.LldpMib}, {@link io.netaudit.snmp.CdpMib}); a {@link
 *       io.netaudit.snmp.TableRow} is read with {@code get(ColumnId)}, never by column number.
 *   <li>{@link io.netaudit.snmp.Reads}: what a reader of device data needs read; the scan's
 *       inventory plan is the union of the readers' {@code Reads}, and {@link
 *       io.netaudit.snmp.Inventory} hands back what was read: scalars by OID, rows by table.
 * </ul>
 *
 * <p><b>How to add a table to the inventory:</b> define its {@code TableId} and the {@code
 * ColumnId}s you read in the MIB's class here (a new class for a new MIB), and name those columns
 * in the {@code reads()} of the signal (identify) or reader (audit) that uses them. The plan walks
 * them, {@code Inventory} and {@code Observations} carry the rows, and the reader takes them with
 * {@code rows(table)} and {@code row.get(column)}.
 */
package io.netaudit.snmp;
