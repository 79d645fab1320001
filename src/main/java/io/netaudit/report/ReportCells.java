package io.netaudit.report;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A row as its flat cells ({@link ReportColumn} header -> text, not yet cleaned for a spreadsheet)
 * and back: the history store keeps rows this way, so that a column added later needs no schema
 * change, and the estate report rebuilds typed rows from them. Reading back is exact for every
 * column except the evidence's item boundaries and kinds, which the flat text keeps only as the
 * {@value EvidenceItem#SEPARATOR} between items and their prefixes ({@code conflict: }, ...): the
 * cell text itself round-trips unchanged.
 *
 * <p>A new {@link ReportColumn} needs its reading back here too; {@code ReportCellsTest} fails for
 * a column that does not round-trip.
 */
public final class ReportCells {
  private ReportCells() {}

  /** Every column's text by header, in column order. */
  public static Map<String, String> of(ReportRow row) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (ReportColumn c : ReportColumn.values()) {
      cells.put(c.header(), c.text(row));
    }
    return cells;
  }

  /**
   * The row these cells describe. Missing columns are empty; unknown ones are ignored.
   *
   * @throws IllegalArgumentException when the address, the status, the row type, a number or a time
   *     cannot be read
   */
  public static ReportRow parse(Map<String, String> cells) {
    Cells c = new Cells(cells);
    AuditStatus status =
        AuditStatus.valueOf(c.get(ReportColumn.STATUS).strip().toUpperCase(Locale.ROOT));
    Subject subject = subject(c);
    Long vlan = c.number(ReportColumn.VLAN);
    // An endpoint's address cell holds its IPs (maybe none); every other row's, one address.
    ReportRow.Builder b =
        (subject.kind() == RowKind.ENDPOINT
                ? ReportRow.endpoint(status).endpointAddresses(words(c.get(ReportColumn.ADDRESS)))
                : ReportRow.builder(address(c.get(ReportColumn.ADDRESS)), status))
            .macs(words(c.get(ReportColumn.MAC)))
            .port(c.get(ReportColumn.PORT))
            .vlan(vlan == null ? null : Math.toIntExact(vlan))
            .vendor(c.get(ReportColumn.VENDOR))
            .advisories(words(c.get(ReportColumn.ADVISORIES)))
            .confidence(c.get(ReportColumn.CONFIDENCE))
            .evidence(evidence(c.get(ReportColumn.EVIDENCE)))
            .sysDescr(c.get(ReportColumn.SYS_DESCR))
            .sysObjectId(c.get(ReportColumn.SYS_OBJECT_ID))
            .enterpriseNumber(c.number(ReportColumn.ENTERPRISE_NUMBER))
            .sysName(c.get(ReportColumn.SYS_NAME))
            .sysLocation(c.get(ReportColumn.SYS_LOCATION))
            .model(c.get(ReportColumn.MODEL))
            .firmware(c.get(ReportColumn.FIRMWARE))
            .snmpVersion(c.get(ReportColumn.SNMP_VERSION))
            .polledAt(c.instant(ReportColumn.POLLED_AT))
            .sysContact(c.get(ReportColumn.SYS_CONTACT))
            .sysUptime(c.number(ReportColumn.SYS_UPTIME))
            .credential(c.get(ReportColumn.CREDENTIAL))
            .detail(c.get(ReportColumn.DETAIL))
            .cpe(new CpeNames(c.get(ReportColumn.CPE_HARDWARE), c.get(ReportColumn.CPE_FIRMWARE)));
    ReportRow row = b.subject(subject).build();
    return new ReportRow(
        row.address(),
        row.finding(),
        row.device(),
        row.poll(),
        row.subject(),
        row.macFacts(),
        new ComplianceFacts(
            c.date(ReportColumn.DEADLINE),
            c.get(ReportColumn.DEADLINE_ADVISORY),
            c.get(ReportColumn.WAIVER),
            c.date(ReportColumn.WAIVER_EXPIRES),
            c.get(ReportColumn.WAIVER_STATE)),
        new History(
            c.get(ReportColumn.SITE),
            c.instant(ReportColumn.FIRST_SEEN),
            c.instant(ReportColumn.LAST_SEEN)));
  }

  private static Subject subject(Cells c) {
    RowKind kind = kind(c.get(ReportColumn.ROW_TYPE));
    Long index = c.number(ReportColumn.COMPONENT_INDEX);
    String seenBy = c.get(ReportColumn.SEEN_BY);
    return new Subject(
        kind,
        index == null ? null : Math.toIntExact(index),
        c.get(ReportColumn.COMPONENT_CLASS),
        c.get(ReportColumn.COMPONENT_MODEL),
        c.get(ReportColumn.COMPONENT_SERIAL),
        c.get(ReportColumn.COMPONENT_MFG),
        seenBy.isEmpty() ? null : address(seenBy));
  }

  private static RowKind kind(String label) {
    if (label.isEmpty()) {
      return RowKind.DEVICE;
    }
    for (RowKind k : RowKind.values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown row_type '" + label + "'");
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }

  /** The items of a flat evidence cell: split at the separator, kinds from the prefixes. */
  private static List<EvidenceItem> evidence(String text) {
    List<EvidenceItem> items = new ArrayList<>();
    if (text.isEmpty()) {
      return items;
    }
    for (String line : text.split(java.util.regex.Pattern.quote(EvidenceItem.SEPARATOR), -1)) {
      items.add(item(line));
    }
    return items;
  }

  private static EvidenceItem item(String line) {
    for (EvidenceItem.Kind kind : EvidenceItem.Kind.values()) {
      String prefix = new EvidenceItem(kind, null, null, "").line();
      if (!prefix.isEmpty() && line.startsWith(prefix)) {
        return new EvidenceItem(kind, null, null, line.substring(prefix.length()));
      }
    }
    return EvidenceItem.note(line);
  }

  /** An address literal as the reports write it; never a name (no DNS lookup from stored text). */
  static InetAddress address(String text) {
    String t = text.strip();
    if (t.isEmpty()
        || !t.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 || ch == '.' || ch == ':')) {
      throw new IllegalArgumentException("'" + text + "' is not an address");
    }
    try {
      return InetAddress.getByName(t);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "' is not an address", e);
    }
  }

  /** Cells by header; absent ones are "". */
  private record Cells(Map<String, String> map) {
    String get(ReportColumn column) {
      String v = map.get(column.header());
      return v == null ? "" : v;
    }

    Long number(ReportColumn column) {
      String v = get(column).strip();
      return v.isEmpty() ? null : Long.valueOf(v);
    }

    java.time.LocalDate date(ReportColumn column) {
      String v = get(column).strip();
      try {
        return v.isEmpty() ? null : java.time.LocalDate.parse(v);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(column.header() + ": '" + v + "' is not a date", e);
      }
    }

    Instant instant(ReportColumn column) {
      String v = get(column).strip();
      try {
        return v.isEmpty() ? null : Instant.parse(v);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(column.header() + ": '" + v + "' is not a time", e);
      }
    }
  }
}
