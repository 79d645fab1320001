package io.netaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.netaudit.text.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes the report as typed JSON Lines (schema version 2), for SIEMs: one JSON object per row and
 * line, in report order, published like every report (temp file, fsync, atomic rename; "-" = the
 * given stream). Field names follow the Elastic Common Schema where ECS has the field (the time
 * stamp {@code "@timestamp"}, {@code event.*}, {@code observer.*}, {@code host.ip}, {@code
 * host.mac}, {@code host.name}, {@code device.*}); the audit's own facts are under {@code
 * netaudit.*}. Numbers are numbers, lists are arrays, an absent value is {@code null}, and every
 * line names its schema ({@value #SCHEMA}, the JSON Schema {@value #SCHEMA_RESOURCE} in the jar and
 * the repository). docs/report-formats.md maps each field onto ECS and OCSF.
 *
 * <p>A {@link ReportColumn} this writer does not map to a typed field appears as {@code
 * netaudit.<header>}, its flat text or null, so a new column reaches SIEMs without a change here.
 */
public final class JsonLinesV2Writer implements ReportWriter {
  /** The value of each line's {@code schema} field. */
  public static final String SCHEMA = "netaudit-report-v2";

  /** The JSON Schema of one line, on the classpath. */
  public static final String SCHEMA_RESOURCE = "/netaudit/schema/netaudit-report-v2.schema.json";

  /** The columns written as typed fields; every other column is {@code netaudit.<header>} text. */
  static final Set<ReportColumn> TYPED =
      EnumSet.of(
          ReportColumn.ADDRESS,
          ReportColumn.MAC,
          ReportColumn.STATUS,
          ReportColumn.VENDOR,
          ReportColumn.ADVISORIES,
          ReportColumn.CONFIDENCE,
          ReportColumn.EVIDENCE,
          ReportColumn.SYS_DESCR,
          ReportColumn.SYS_OBJECT_ID,
          ReportColumn.ENTERPRISE_NUMBER,
          ReportColumn.SYS_NAME,
          ReportColumn.SYS_LOCATION,
          ReportColumn.MODEL,
          ReportColumn.FIRMWARE,
          ReportColumn.SNMP_VERSION,
          ReportColumn.POLLED_AT,
          ReportColumn.SYS_CONTACT,
          ReportColumn.SYS_UPTIME,
          ReportColumn.CREDENTIAL,
          ReportColumn.DETAIL,
          ReportColumn.ROW_TYPE,
          ReportColumn.COMPONENT_INDEX,
          ReportColumn.COMPONENT_CLASS,
          ReportColumn.COMPONENT_MODEL,
          ReportColumn.COMPONENT_SERIAL,
          ReportColumn.COMPONENT_MFG,
          ReportColumn.SEEN_BY,
          ReportColumn.CPE_HARDWARE,
          ReportColumn.CPE_FIRMWARE);

  private final AtomicReportFile file;

  public JsonLinesV2Writer(OutputStream stdoutForDash) {
    this.file = new AtomicReportFile(stdoutForDash);
  }

  /** Test seam, as in CsvReportWriter. */
  JsonLinesV2Writer(OutputStream stdoutForDash, UnaryOperator<OutputStream> fileStreamDecorator) {
    this.file = new AtomicReportFile(stdoutForDash, fileStreamDecorator);
  }

  @Override
  public void write(String target, ReportContent content) throws IOException {
    RunFacts facts = content.facts();
    file.write(
        target,
        out -> {
          JsonGenerator g = JsonOutput.generator(out);
          try (ReportRows.Cursor cursor = content.all().open()) {
            while (cursor.hasNext()) {
              ReportRow row = cursor.next();
              line(g, row, content.rawHex().forRow(row), facts);
              g.flush();
              out.write('\n');
            }
          }
          g.close();
        });
  }

  /** One row as its line, without the line end (for tests and tools). */
  public static String toJson(ReportRow row, Map<String, String> rawHex, RunFacts facts)
      throws IOException {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(s)) {
      line(g, row, rawHex, facts);
    }
    return s.toString();
  }

  private static void line(JsonGenerator g, ReportRow r, Map<String, String> hex, RunFacts facts)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    JsonOutput.text(
        g,
        "@timestamp",
        r.poll().polledAt() == null ? facts.generatedAt() : ReportColumn.POLLED_AT.text(r));
    event(g, facts);
    observer(g, facts);
    g.writeObjectFieldStart("host");
    JsonOutput.texts(g, "ip", hostIp(r));
    JsonOutput.texts(g, "mac", ecsMacs(r.macFacts().macs()));
    JsonOutput.text(g, "name", r.device().sysName());
    g.writeEndObject();
    g.writeObjectFieldStart("device");
    JsonOutput.text(g, "manufacturer", r.finding().vendor());
    g.writeObjectFieldStart("model");
    JsonOutput.text(g, "name", r.device().model());
    g.writeEndObject();
    JsonOutput.text(g, "serial_number", r.device().serial());
    g.writeEndObject();
    audit(g, r, hex);
    g.writeEndObject();
  }

  /**
   * The address of what the row is about. A neighbour that advertised no management address is
   * filed under the address of the device that reported it (see the row's detail): that address is
   * not the neighbour's, so its host.ip is empty.
   */
  private static List<String> hostIp(ReportRow r) {
    if (r.address() == null) {
      return r.macFacts().addresses(); // an endpoint: the IPs an ARP table gave for it, maybe none
    }
    boolean borrowed = r.address().equals(r.subject().seenBy());
    return borrowed ? List.of() : List.of(ReportColumn.ADDRESS.text(r));
  }

  /** ECS spells a MAC upper case with hyphens: {@code 44-19-B6-3C-51-0E}. */
  private static List<String> ecsMacs(List<String> macs) {
    List<String> out = new java.util.ArrayList<>(macs.size());
    for (String m : macs) {
      out.add(m.toUpperCase(java.util.Locale.ROOT).replace(':', '-'));
    }
    return out;
  }

  private static void event(JsonGenerator g, RunFacts facts) throws IOException {
    g.writeObjectFieldStart("event");
    g.writeStringField("kind", "state");
    JsonOutput.texts(g, "category", List.of("host"));
    JsonOutput.texts(g, "type", List.of("info"));
    g.writeStringField("module", "netaudit");
    g.writeStringField("dataset", "netaudit.report");
    JsonOutput.text(g, "created", facts.generatedAt());
    g.writeEndObject();
  }

  private static void observer(JsonGenerator g, RunFacts facts) throws IOException {
    g.writeObjectFieldStart("observer");
    g.writeStringField("type", "poller");
    g.writeStringField("vendor", "netaudit");
    g.writeStringField("product", "netaudit");
    String v = facts.toolVersion();
    JsonOutput.text(g, "version", v.startsWith("netaudit ") ? v.substring(9) : v);
    g.writeEndObject();
  }

  /** The audit's own facts, {@code netaudit.*}. */
  private static void audit(JsonGenerator g, ReportRow r, Map<String, String> hex)
      throws IOException {
    g.writeObjectFieldStart("netaudit");
    g.writeStringField("row_type", r.subject().kind().label());
    g.writeStringField("status", r.finding().status().name());
    JsonOutput.text(g, "confidence", r.finding().confidence());
    JsonOutput.texts(g, "advisories", r.finding().advisories());
    evidence(g, r);
    g.writeObjectFieldStart("cpe");
    JsonOutput.text(g, "hardware", r.finding().cpe().hardware());
    JsonOutput.text(g, "firmware", r.finding().cpe().firmware());
    g.writeEndObject();
    JsonOutput.text(g, "firmware", r.device().firmware());
    JsonOutput.text(g, "sys_descr", r.device().sysDescr());
    JsonOutput.text(g, "sys_object_id", r.device().sysObjectId());
    JsonOutput.number(g, "enterprise_number", r.device().enterpriseNumber());
    JsonOutput.text(g, "sys_location", r.device().sysLocation());
    JsonOutput.text(g, "sys_contact", r.device().sysContact());
    JsonOutput.number(g, "sys_uptime", r.device().sysUptime());
    JsonOutput.text(g, "snmp_version", r.poll().snmpVersion());
    JsonOutput.text(g, "credential", r.poll().credential());
    JsonOutput.text(g, "detail", r.poll().detail());
    component(g, r.subject());
    JsonOutput.text(g, "seen_by", ReportColumn.SEEN_BY.text(r));
    for (ReportColumn c : ReportColumn.values()) {
      if (!TYPED.contains(c)) {
        JsonOutput.text(g, c.header(), c.text(r));
      }
    }
    g.writeFieldName("raw_hex");
    if (hex.isEmpty()) {
      g.writeNull();
    } else {
      g.writeStartObject();
      for (Map.Entry<String, String> e : hex.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, ReportRow r) throws IOException {
    g.writeArrayFieldStart("evidence");
    for (EvidenceItem e : r.finding().evidence()) {
      g.writeStartObject();
      g.writeStringField("kind", e.kind().name().toLowerCase(Locale.ROOT));
      JsonOutput.text(g, "source", e.source());
      JsonOutput.text(g, "strength", e.strength());
      g.writeFieldName("text");
      g.writeString(JsonText.wellFormed(e.text()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The component an entPhysical row describes, or null for a row about something else. */
  private static void component(JsonGenerator g, Subject s) throws IOException {
    g.writeFieldName("component");
    if (s.componentIndex() == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    JsonOutput.number(g, "index", s.componentIndex());
    JsonOutput.text(g, "class", s.componentClass());
    JsonOutput.text(g, "model", s.componentModel());
    JsonOutput.text(g, "serial", s.componentSerial());
    JsonOutput.text(g, "mfg", s.componentMfg());
    g.writeEndObject();
  }
}
