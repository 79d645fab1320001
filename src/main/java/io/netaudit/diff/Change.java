package io.netaudit.diff;

import io.netaudit.report.ReportColumn;
import java.util.List;

/**
 * One device's difference between two reports.
 *
 * @param kind appeared, disappeared, changed or (an endpoint) moved to another switch or port
 * @param address the address as written in the report (the new one, or the old one for a
 *     disappeared device); for an endpoint, its MAC
 * @param status the device's status now (the old one for a disappeared device)
 * @param fields for CHANGED the fields that differ; for APPEARED/DISAPPEARED every compared field,
 *     with "" on the side where the device is absent
 * @param newRestricted true when this is a new RESTRICTED finding (appeared as, or changed to,
 *     RESTRICTED)
 */
public record Change(
    Kind kind, String address, String status, List<FieldChange> fields, boolean newRestricted) {
  public enum Kind {
    APPEARED,
    DISAPPEARED,
    CHANGED,
    /** An endpoint seen behind another switch, port or VLAN. */
    MOVED
  }

  /** One compared column's old and new cell text ("" when absent). */
  public record FieldChange(ReportColumn column, String oldValue, String newValue) {
    /** The column's header name, e.g. {@code firmware}. */
    public String field() {
      return column.header();
    }
  }

  public Change {
    fields = List.copyOf(fields);
  }
}
