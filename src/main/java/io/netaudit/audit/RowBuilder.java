package io.netaudit.audit;

import io.netaudit.identify.EntityRow;
import io.netaudit.identify.Evidence;
import io.netaudit.identify.Identification;
import io.netaudit.policy.Advisory;
import io.netaudit.policy.Verdict;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.EvidenceItem;
import io.netaudit.report.RawHex;
import io.netaudit.report.ReportColumn;
import io.netaudit.report.ReportRow;
import io.netaudit.report.Subject;
import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.ProbeResult;
import io.netaudit.snmp.SystemInfo;
import io.netaudit.text.AddressText;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a probe, its identification and its verdict into a typed report row. */
final class RowBuilder {
  /** ENTITY-MIB PhysicalClass names, by value. */
  private static final List<String> PHYSICAL_CLASSES =
      List.of(
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
          "storageDrive");

  private RowBuilder() {}

  /** The row of a device that answered (the system group, or only the SNMPv3 discovery). */
  static ReportRow answered(
      ProbeResult probe, Identification id, Verdict verdict, Product product) {
    return answered(probe, id, verdict, product, List.of());
  }

  /** As above, with more to say in the detail (e.g. forwarding entries that were skipped). */
  static ReportRow answered(
      ProbeResult probe,
      Identification id,
      Verdict verdict,
      Product product,
      List<String> moreDetail) {
    List<String> detail = new ArrayList<>();
    if (!probe.detail().isEmpty()) {
      detail.add(probe.detail());
    }
    detail.addAll(moreDetail);
    SystemInfo s = probe.system();
    ReportRow.Builder row =
        judged(probe.address(), id, verdict)
            .model(product.model())
            .firmware(product.firmware())
            .serial(product.serial())
            .cpe(product.cpe())
            .snmpVersion(
                probe.version() == null
                    ? (s == null ? "3 (discovery only)" : "")
                    : probe.version().label())
            .polledAt(probe.polledAt())
            .credential(probe.credential())
            .detail(String.join("; ", detail));
    if (s != null) {
      long enterprise = s.enterpriseNumber();
      row.sysDescr(s.descr().text())
          .sysObjectId(s.objectId())
          .enterpriseNumber(enterprise < 0 ? null : enterprise)
          .sysName(s.name().text())
          .sysLocation(s.location().text())
          .sysContact(s.contact().text())
          .sysUptime(s.uptimeTicks());
    }
    return row.build();
  }

  /** A component of a device whose maker is a finding of its own. */
  static ReportRow component(
      ProbeResult probe,
      EntityRow row,
      Identification id,
      Verdict verdict,
      Product product,
      String chassis,
      int alike) {
    String where =
        "inside the "
            + (chassis.isEmpty() ? "unidentified" : chassis)
            + " chassis at "
            + AddressText.of(probe.address());
    String more =
        alike > 1 ? "; " + (alike - 1) + " more entities alike (same maker, class and model)" : "";
    return judged(probe.address(), id, verdict)
        .sysDescr(row.descr())
        .sysName(row.name())
        .model(product.model())
        .firmware(product.firmware())
        .serial(product.serial())
        .cpe(product.cpe())
        .snmpVersion(probe.version() == null ? "" : probe.version().label())
        .polledAt(probe.polledAt())
        .credential(probe.credential())
        .detail(where + more)
        .subject(
            Subject.component(
                row.index(),
                physicalClass(row.physicalClass()),
                row.modelName(),
                row.serial(),
                row.mfgName()))
        .build();
  }

  /** A device another one reported over LLDP/CDP and that this run did not audit itself. */
  static ReportRow neighbour(Neighbour n, Identification id, Verdict verdict, Instant at) {
    InetAddress address = n.managementAddress() != null ? n.managementAddress() : n.seenBy();
    String detail =
        n.protocol()
            + " neighbour of "
            + AddressText.of(n.seenBy())
            + (n.managementAddress() == null ? " (advertised no management address)" : "")
            + (n.chassisMac() == null ? "" : "; chassis " + n.chassisMac());
    return judged(address, id, verdict)
        .sysDescr(n.description())
        .sysName(n.name())
        .polledAt(at)
        .detail(detail)
        .subject(Subject.neighbour(n.seenBy()))
        .build();
  }

  /** The row of a target that did not answer with anything to identify. */
  static ReportRow unanswered(ProbeResult probe, AuditStatus status) {
    return ReportRow.builder(probe.address(), status)
        .snmpVersion(probe.version() == null ? "" : probe.version().label())
        .polledAt(probe.polledAt())
        .credential(probe.credential())
        .detail(probe.detail())
        .build();
  }

  /**
   * The NO_RESPONSE row of a target, from what {@link SilentRows} keeps: the same row as {@link
   * #unanswered} for a NO_RESPONSE probe with no version and no credential.
   */
  static ReportRow silent(InetAddress address, Instant polledAt, String detail) {
    return ReportRow.builder(address, AuditStatus.NO_RESPONSE)
        .polledAt(polledAt)
        .detail(detail)
        .build();
  }

  /** A row with the verdict part filled in: status, maker, advisories, confidence, evidence. */
  private static ReportRow.Builder judged(InetAddress address, Identification id, Verdict verdict) {
    return ReportRow.builder(address, verdict.status())
        .deadline(
            verdict.deadline().flatMap(o -> o.deadline()).orElse(null),
            verdict.deadline().map(o -> o.advisory().id()).orElse(""))
        .vendor(verdict.vendor().map(v -> v.name()).orElse(""))
        .advisories(verdict.advisories().stream().map(Advisory::id).toList())
        .confidence(id.vendor().isPresent() ? id.confidence().name().toLowerCase(Locale.ROOT) : "")
        .evidence(evidence(id, verdict));
  }

  /** The identification's evidence, conflicts, platforms and notes, then the verdict's reason. */
  static List<EvidenceItem> evidence(Identification id, Verdict verdict) {
    return evidence(id, List.of(), verdict);
  }

  /** As {@link #evidence(Identification, Verdict)}, with more notes before the verdict. */
  static List<EvidenceItem> evidence(Identification id, List<String> moreNotes, Verdict verdict) {
    List<EvidenceItem> items = new ArrayList<>();
    for (Evidence e : id.evidence()) {
      items.add(EvidenceItem.signal(source(e), strength(e), e.detail()));
    }
    for (String c : id.conflicts()) {
      items.add(EvidenceItem.conflict(c));
    }
    for (Evidence p : id.platforms()) {
      items.add(EvidenceItem.platform(source(p), strength(p), p.detail()));
    }
    for (String note : id.notes()) {
      items.add(EvidenceItem.note(note));
    }
    for (String note : moreNotes) {
      items.add(EvidenceItem.note(note));
    }
    verdict.deadline().ifPresent(o -> items.add(EvidenceItem.deadline(o.describe())));
    items.add(EvidenceItem.verdict(verdict.reason()));
    return items;
  }

  /** The signal's source as a stable lowercase token, e.g. {@code sys_object_id}, {@code oui}. */
  private static String source(Evidence e) {
    return e.source().name().toLowerCase(Locale.ROOT);
  }

  private static String strength(Evidence e) {
    return e.strength().name().toLowerCase(Locale.ROOT);
  }

  private static String physicalClass(int c) {
    return c > 0 && c < PHYSICAL_CLASSES.size()
        ? PHYSICAL_CLASSES.get(c)
        : c == 0 ? "" : Integer.toString(c);
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
}
