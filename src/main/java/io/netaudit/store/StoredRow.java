package io.netaudit.store;

import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportCells;
import io.netaudit.report.ReportColumn;
import io.netaudit.report.ReportRow;
import io.netaudit.report.RowKind;
import io.netaudit.text.AddressText;
import java.util.Map;

/**
 * A report row as the store keeps it: the subject history follows it by, the columns it is queried
 * by, and every cell.
 *
 * <p>The subject key: {@code ip:<address>} for a device, and for a neighbour that advertised a
 * management address (the same device seen another way: no false "appeared" when it is audited
 * directly later); {@code ip:<address>/entity:<index>} for a component; {@code neighbour:<seen
 * by>/<name>} for a neighbour without an address of its own; {@code mac:<mac>} for a row of any
 * other kind that carries one MAC (the endpoints of the forwarding tables) and {@code
 * <kind>:<address>} otherwise.
 *
 * @param mac the row's {@code mac} cell ("" while the report has no such column)
 * @param cells every report column but the history ones (site, first_seen, last_seen), which the
 *     store makes itself
 */
public record StoredRow(
    String subject,
    String kind,
    String address,
    String mac,
    AuditStatus status,
    String vendor,
    String advisories,
    Map<String, String> cells) {

  /** The row's key, cells and queried columns. */
  public static StoredRow of(ReportRow row) {
    Map<String, String> cells = ReportCells.of(row);
    cells.remove(ReportColumn.SITE.header());
    cells.remove(ReportColumn.FIRST_SEEN.header());
    cells.remove(ReportColumn.LAST_SEEN.header());
    return new StoredRow(
        subjectOf(row),
        row.subject().kind().label(),
        AddressText.of(row.address()),
        mac(row),
        row.finding().status(),
        row.finding().vendor(),
        String.join(" ", row.finding().advisories()),
        cells);
  }

  /** The history key of a row (see the class comment). */
  public static String subjectOf(ReportRow row) {
    String address = AddressText.of(row.address());
    RowKind kind = row.subject().kind();
    switch (kind) {
      case DEVICE:
        return "ip:" + address;
      case COMPONENT:
        return "ip:" + address + "/entity:" + row.subject().componentIndex();
      case NEIGHBOUR:
        if (row.address().equals(row.subject().seenBy())) {
          return "neighbour:" + address + "/" + row.device().sysName();
        }
        return "ip:" + address;
      default:
        String mac = mac(row);
        return mac.isEmpty() || mac.contains(" ") ? kind.label() + ":" + address : "mac:" + mac;
    }
  }

  /** The {@code mac} column's text (issue 11's endpoints); "" where the report has none. */
  private static String mac(ReportRow row) {
    return ReportColumn.byHeader("mac").map(c -> c.text(row).strip()).orElse("");
  }

  /** How bad the row is: of two rows with one subject in a run, the worse is kept. */
  int severity() {
    return status.severity();
  }
}
