package io.netaudit.audit;

import io.netaudit.identify.EntityRow;
import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.policy.Advisory;
import io.netaudit.policy.Verdict;
import io.netaudit.report.AuditStatus;
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

  /** The row of a device that answered (the system group, or only the SNMPv3 discovery). */
  static ReportRow answered(
      ProbeResult probe, Identification id, Verdict verdict, String model, String firmware) {
    SystemInfo s =
        probe.system() != null
            ? probe.system()
            : new SystemInfo(
                DeviceString.EMPTY,
                "",
                DeviceString.EMPTY,
                DeviceString.EMPTY,
                DeviceString.EMPTY,
                null,
                null);
    long enterprise = s.enterpriseNumber();
    return new ReportRow(
        probe.address(),
        verdict.status().name(),
        vendorName(verdict),
        advisories(verdict),
        confidence(id),
        evidence(id, verdict),
        s.descr().text(),
        s.objectId(),
        enterprise < 0 ? "" : Long.toString(enterprise),
        s.name().text(),
        s.location().text(),
        model,
        firmware,
        probe.version() == null
            ? (probe.system() == null ? "3 (discovery only)" : "")
            : probe.version().label(),
        timestamp(probe),
        s.contact().text(),
        s.uptimeTicks() == null ? "" : Long.toString(s.uptimeTicks()),
        probe.credential(),
        probe.detail());
  }

  /** A component of a device whose maker is a finding of its own. */
  static ReportRow component(
      ProbeResult probe,
      EntityRow row,
      Identification id,
      Verdict verdict,
      String chassis,
      int alike) {
    String where =
        "inside the "
            + (chassis.isEmpty() ? "unidentified" : chassis)
            + " chassis at "
            + probe.address().getHostAddress();
    String more =
        alike > 1 ? "; " + (alike - 1) + " more entities alike (same maker, class and model)" : "";
    return new ReportRow(
        probe.address(),
        verdict.status().name(),
        vendorName(verdict),
        advisories(verdict),
        confidence(id),
        evidence(id, verdict),
        row.descr(),
        "",
        "",
        row.name(),
        "",
        row.modelName(),
        row.firmwareRev().isEmpty() ? row.softwareRev() : row.firmwareRev(),
        probe.version() == null ? "" : probe.version().label(),
        timestamp(probe),
        "",
        "",
        probe.credential(),
        where + more,
        ReportRow.Part.component(
            Integer.toString(row.index()),
            physicalClass(row.physicalClass()),
            row.modelName(),
            row.serial(),
            row.mfgName()));
  }

  /** A device another one reported over LLDP/CDP and that this run did not audit itself. */
  static ReportRow neighbour(Neighbour n, Identification id, Verdict verdict, String at) {
    InetAddress address = n.managementAddress() != null ? n.managementAddress() : n.seenBy();
    String detail =
        n.protocol()
            + " neighbour of "
            + n.seenBy().getHostAddress()
            + (n.managementAddress() == null ? " (advertised no management address)" : "")
            + (n.chassisMac() == null ? "" : "; chassis " + n.chassisMac());
    return new ReportRow(
        address,
        verdict.status().name(),
        vendorName(verdict),
        advisories(verdict),
        confidence(id),
        evidence(id, verdict),
        n.description(),
        "",
        "",
        n.name(),
        "",
        "",
        "",
        "",
        at,
        "",
        "",
        "",
        detail,
        ReportRow.Part.neighbour(n.seenBy().getHostAddress()));
  }

  private static String vendorName(Verdict verdict) {
    return verdict.vendor().map(v -> v.name()).orElse("");
  }

  private static String advisories(Verdict verdict) {
    return verdict.advisories().stream().map(Advisory::id).collect(Collectors.joining(" "));
  }

  private static String confidence(Identification id) {
    return id.vendor().isPresent() ? id.confidence().name().toLowerCase(Locale.ROOT) : "";
  }

  private static String evidence(Identification id, Verdict verdict) {
    List<String> evidence = new ArrayList<>();
    for (Evidence e : id.evidence()) {
      evidence.add(e.detail());
    }
    for (String c : id.conflicts()) {
      evidence.add("conflict: " + c);
    }
    for (Evidence p : id.platforms()) {
      evidence.add("platform: " + p.detail());
    }
    evidence.addAll(id.notes());
    evidence.add("verdict: " + verdict.reason());
    return String.join(" ; ", evidence);
  }

  /** ENTITY-MIB PhysicalClass names. */
  private static String physicalClass(int c) {
    String[] names = {
      "",
      "other",
      "unknown",
      "chassis",
      "backplane",
      "container",
      "powerSupply",
      "fan",
      "sensor",
      "module",
      "port",
      "stack",
      "cpu",
      "energyObject",
      "battery",
      "storageDrive"
    };
    return c > 0 && c < names.length ? names[c] : c == 0 ? "" : Integer.toString(c);
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
    return new ReportRow(
        probe.address(),
        status.name(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        probe.version() == null ? "" : probe.version().label(),
        timestamp(probe),
        "",
        "",
        probe.credential(),
        probe.detail());
  }

  /**
   * The NO_RESPONSE row of a target, from what {@link SilentRows} keeps: the same row as {@link
   * #unanswered} for a NO_RESPONSE probe with no version and no credential.
   */
  static ReportRow silent(InetAddress address, Instant polledAt, String detail) {
    return new ReportRow(
        address,
        AuditStatus.NO_RESPONSE.name(),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        timestamp(polledAt),
        "",
        "",
        "",
        detail);
  }

  private static String timestamp(ProbeResult probe) {
    return timestamp(probe.polledAt());
  }

  private static String timestamp(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
  }
}
