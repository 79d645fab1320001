package io.netaudit.audit;

import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.policy.Advisory;
import io.netaudit.policy.AuditStatus;
import io.netaudit.policy.Verdict;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportColumn;
import io.netaudit.report.ReportRow;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SystemInfo;
import java.net.InetAddress;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Flattens a probe, its identification and its verdict into one report row. */
final class RowBuilder {
  private RowBuilder() {}

  static ReportRow answered(ProbeResult probe, Identification id, Verdict verdict) {
    SystemInfo s = probe.system();
    long enterprise = s.enterpriseNumber();
    List<String> evidence = new ArrayList<>();
    for (Evidence e : id.evidence()) {
      evidence.add(e.detail());
    }
    for (String c : id.conflicts()) {
      evidence.add("conflict: " + c);
    }
    evidence.addAll(id.notes());
    evidence.add("verdict: " + verdict.reason());
    return new ReportRow(
        probe.address(),
        verdict.status().name(),
        verdict.vendor().map(v -> v.name()).orElse(""),
        verdict.advisories().stream().map(Advisory::id).collect(Collectors.joining(" ")),
        id.vendor().isPresent() ? id.confidence().name().toLowerCase(Locale.ROOT) : "",
        String.join(" ; ", evidence),
        s.descr().text(),
        s.objectId(),
        enterprise < 0 ? "" : Long.toString(enterprise),
        s.name().text(),
        s.location().text(),
        "",
        "",
        probe.version() == null ? "" : probe.version().label(),
        timestamp(probe),
        s.contact().text(),
        s.uptimeTicks() == null ? "" : Long.toString(s.uptimeTicks()),
        probe.credential(),
        probe.detail());
  }

  /** Keeps the raw bytes of device text that was not valid UTF-8, for the JSON Lines report. */
  static void keepRawBytes(SystemInfo s, ReportRow row, RawHex raw) {
    keep(raw, row, ReportColumn.SYS_DESCR, s.descr());
    keep(raw, row, ReportColumn.SYS_NAME, s.name());
    keep(raw, row, ReportColumn.SYS_LOCATION, s.location());
    keep(raw, row, ReportColumn.SYS_CONTACT, s.contact());
  }

  private static void keep(RawHex raw, ReportRow row, ReportColumn column, DeviceString text) {
    if (!text.isUtf8()) {
      raw.putHex(row, column, text.hex());
    }
  }

  static ReportRow unanswered(ProbeResult probe, AuditStatus status) {
    return new ReportRow(probe.address(), status.name(), "", "", "", "", "", "", "", "", "", "", "",
        probe.version() == null ? "" : probe.version().label(), timestamp(probe), "", "", probe.credential(),
        probe.detail());
  }

  /**
   * The NO_RESPONSE row of a target, from what {@link SilentRows} keeps: the same row as {@link #unanswered} for a
   * NO_RESPONSE probe with no version and no credential.
   */
  static ReportRow silent(InetAddress address, Instant polledAt, String detail) {
    return new ReportRow(address, AuditStatus.NO_RESPONSE.name(), "", "", "", "", "", "", "", "", "", "", "", "",
        timestamp(polledAt), "", "", "", detail);
  }

  private static String timestamp(ProbeResult probe) {
    return timestamp(probe.polledAt());
  }

  private static String timestamp(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
  }
}
