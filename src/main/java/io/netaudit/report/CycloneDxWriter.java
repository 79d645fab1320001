package io.netaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.netaudit.text.AddressText;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Writes the report as a CycloneDX 1.6 hardware bill of materials (JSON), for Dependency-Track and
 * procurement tools. Each row that answered becomes a component of type {@code device}: its maker
 * as {@code manufacturer}, its model as {@code name}, the hardware CPE, and its firmware as a
 * nested component of type {@code firmware} (version and firmware CPE). Component rows (ENTITY-MIB
 * parts made by another maker) are nested inside the device at their address; every other kind of
 * row (LLDP/CDP neighbours, and any later kind) is a device of its own. Endpoints (MACs the audited
 * switches and routers know) are devices too, after the others, {@code bom-ref} {@code
 * endpoint:<mac>} (a MAC is in one row only), their IEEE registrant or catalogue maker as {@code
 * manufacturer}, and where they sit ({@code mac}, {@code port}, {@code vlan}, {@code seen_by}) as
 * properties. The verdict, the advisories (one {@code netaudit:advisory} property each), the
 * evidence (one {@code netaudit:evidence} each) and every other report column that has a value are
 * {@code netaudit:} properties, so a new column reaches the BOM without a change here. Silent
 * addresses (NO_RESPONSE) are no hardware anyone knows of: they are counted in the metadata only.
 *
 * <p>Streamed: the generator holds one address's rows at a time (the rows of one address are
 * adjacent in report order) and one endpoint at a time (a run may know a million), and the file is
 * published like every report (temp file, fsync, atomic rename; "-" = the given stream).
 */
public final class CycloneDxWriter implements ReportWriter {
  /** Columns written as CycloneDX fields or as their own properties, not as generic properties. */
  private static final Set<ReportColumn> MAPPED =
      EnumSet.of(
          ReportColumn.VENDOR,
          ReportColumn.MODEL,
          ReportColumn.FIRMWARE,
          ReportColumn.SYS_DESCR,
          ReportColumn.ADVISORIES,
          ReportColumn.EVIDENCE,
          ReportColumn.CPE_HARDWARE,
          ReportColumn.CPE_FIRMWARE);

  private final AtomicReportFile file;

  public CycloneDxWriter(OutputStream stdoutForDash) {
    this.file = new AtomicReportFile(stdoutForDash);
  }

  /** Test seam, as in CsvReportWriter. */
  CycloneDxWriter(OutputStream stdoutForDash, UnaryOperator<OutputStream> fileStreamDecorator) {
    this.file = new AtomicReportFile(stdoutForDash, fileStreamDecorator);
  }

  @Override
  public void write(String target, ReportContent content) throws IOException {
    file.write(
        target,
        out -> {
          JsonGenerator g = JsonOutput.generator(out);
          g.writeStartObject();
          g.writeStringField("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
          g.writeStringField("bomFormat", "CycloneDX");
          g.writeStringField("specVersion", "1.6");
          g.writeStringField("serialNumber", "urn:uuid:" + UUID.randomUUID());
          g.writeNumberField("version", 1);
          long silent = components(g, content);
          metadata(
              g, content.facts(), silent + content.silent().size(), content.endpoints().size());
          g.writeEndObject();
          g.close();
          out.write('\n');
        });
  }

  private static void metadata(JsonGenerator g, RunFacts facts, long silent, long endpoints)
      throws IOException {
    g.writeObjectFieldStart("metadata");
    JsonOutput.text(g, "timestamp", facts.generatedAt());
    g.writeObjectFieldStart("tools");
    g.writeArrayFieldStart("components");
    g.writeStartObject();
    g.writeStringField("type", "application");
    g.writeStringField("name", "netaudit");
    String v = facts.toolVersion();
    g.writeStringField("version", v.startsWith("netaudit ") ? v.substring(9) : v);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("properties");
    property(g, "netaudit:targets", Long.toString(facts.targets()));
    for (Map.Entry<AuditStatus, Long> e : facts.counts().entrySet()) {
      property(g, "netaudit:count:" + e.getKey().name(), Long.toString(e.getValue()));
    }
    property(g, "netaudit:silent_addresses_not_listed", Long.toString(silent));
    if (endpoints > 0) {
      property(g, "netaudit:endpoints", Long.toString(endpoints));
    }
    for (Map.Entry<String, String> e : facts.dataDates().entrySet()) {
      property(g, "netaudit:data:" + e.getKey(), e.getValue());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The top-level components, one address at a time. Returns the silent rows skipped (those held in
   * memory; the streamed ones are counted by the caller).
   */
  private static long components(JsonGenerator g, ReportContent content) throws IOException {
    g.writeArrayFieldStart("components");
    Map<String, Integer> refs = new HashMap<>();
    long silent = 0;
    List<ReportRow> sameAddress = new ArrayList<>();
    try (ReportRows.Cursor c = content.rows().open()) {
      while (c.hasNext()) {
        ReportRow r = c.next();
        if (r.finding().status() == AuditStatus.NO_RESPONSE) {
          silent++;
          continue;
        }
        if (!sameAddress.isEmpty() && !sameAddress.get(0).address().equals(r.address())) {
          address(g, sameAddress, refs);
          sameAddress.clear();
        }
        sameAddress.add(r);
      }
    }
    address(g, sameAddress, refs);
    try (ReportRows.Cursor c = content.endpoints().open()) {
      while (c.hasNext()) {
        ReportRow r = c.next();
        component(g, r, List.of(), endpointRef(r, refs), refs);
      }
    }
    g.writeEndArray();
    return silent;
  }

  /** The rows of one address: components inside its device row, the others on their own. */
  private static void address(JsonGenerator g, List<ReportRow> rows, Map<String, Integer> refs)
      throws IOException {
    ReportRow device =
        rows.stream().filter(r -> r.subject().kind() == RowKind.DEVICE).findFirst().orElse(null);
    List<ReportRow> inside = new ArrayList<>();
    for (ReportRow r : rows) {
      if (device != null && r.subject().kind() == RowKind.COMPONENT) {
        inside.add(r);
      }
    }
    for (ReportRow r : rows) {
      if (!inside.contains(r)) {
        component(g, r, r == device ? inside : List.of(), ref(r, null, refs), refs);
      }
    }
  }

  /** A unique bom-ref: kind and address (and entPhysicalIndex), "#2"... on a repeat. */
  private static String ref(ReportRow r, String parent, Map<String, Integer> refs) {
    Subject s = r.subject();
    String base =
        parent != null && s.componentIndex() != null
            ? parent + "/entity:" + s.componentIndex()
            : s.kind().label() + ":" + ReportColumn.ADDRESS.text(r) + seenBy(s.seenBy());
    int n = refs.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "#" + n;
  }

  /**
   * An endpoint's bom-ref: {@code endpoint:aa:bb:cc:dd:ee:ff}. A MAC is in one row of a run, so it
   * is unique; "#2"... all the same should two rows ever share one.
   */
  private static String endpointRef(ReportRow r, Map<String, Integer> refs) {
    String base = RowKind.ENDPOINT.label() + ":" + ReportColumn.MAC.text(r);
    int n = refs.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "#" + n;
  }

  private static String seenBy(InetAddress a) {
    return a == null ? "" : "@" + AddressText.of(a);
  }

  private static void component(
      JsonGenerator g, ReportRow r, List<ReportRow> inside, String ref, Map<String, Integer> refs)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "device");
    g.writeStringField("bom-ref", ref);
    if (!r.finding().vendor().isEmpty()) {
      g.writeObjectFieldStart("manufacturer");
      JsonOutput.text(g, "name", r.finding().vendor());
      g.writeEndObject();
    }
    JsonOutput.text(g, "name", name(r));
    optional(g, "description", r.device().sysDescr());
    optional(g, "cpe", r.finding().cpe().hardware());
    boolean firmware = !r.device().firmware().isEmpty();
    if (firmware || !inside.isEmpty()) {
      g.writeArrayFieldStart("components");
      if (firmware) {
        firmware(g, r, ref);
      }
      for (ReportRow part : inside) {
        component(g, part, List.of(), ref(part, ref, refs), refs);
      }
      g.writeEndArray();
    }
    properties(g, r);
    g.writeEndObject();
  }

  /** The model; else what is known: "Huawei Technologies device", "unidentified device". */
  private static String name(ReportRow r) {
    if (!r.device().model().isEmpty()) {
      return r.device().model();
    }
    return r.finding().vendor().isEmpty()
        ? "unidentified " + r.subject().kind().label()
        : r.finding().vendor() + " " + r.subject().kind().label();
  }

  private static void firmware(JsonGenerator g, ReportRow r, String parent) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "firmware");
    g.writeStringField("bom-ref", parent + "/firmware");
    if (!r.finding().vendor().isEmpty()) {
      g.writeObjectFieldStart("manufacturer");
      JsonOutput.text(g, "name", r.finding().vendor());
      g.writeEndObject();
    }
    String model = r.device().model();
    g.writeStringField("name", model.isEmpty() ? "firmware" : model + " firmware");
    JsonOutput.text(g, "version", r.device().firmware());
    optional(g, "cpe", r.finding().cpe().firmware());
    g.writeEndObject();
  }

  private static void properties(JsonGenerator g, ReportRow r) throws IOException {
    g.writeArrayFieldStart("properties");
    for (String id : r.finding().advisories()) {
      property(g, "netaudit:advisory", id);
    }
    for (EvidenceItem e : r.finding().evidence()) {
      property(g, "netaudit:evidence", e.line());
    }
    for (ReportColumn c : ReportColumn.values()) {
      String v = c.text(r);
      if (!MAPPED.contains(c) && !v.isEmpty()) {
        property(g, "netaudit:" + c.header(), v);
      }
    }
    g.writeEndArray();
  }

  /** A {@code {"name": .., "value": ..}} property; none for an empty value. */
  private static void property(JsonGenerator g, String name, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    g.writeStartObject();
    g.writeStringField("name", name);
    JsonOutput.text(g, "value", value);
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (!value.isEmpty()) {
      JsonOutput.text(g, name, value);
    }
  }
}
