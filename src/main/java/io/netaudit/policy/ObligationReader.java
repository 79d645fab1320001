package io.netaudit.policy;

import io.netaudit.text.CsvSchema;
import io.netaudit.text.CsvTable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the rows of obligations.csv into {@link Obligation}s, resolving advisory ids. */
final class ObligationReader {
  static final CsvSchema SCHEMA =
      CsvSchema.of(
              "advisory", "kind", "what", "networks", "deadline", "reliability", "source", "notes")
          .oneLineCells();

  private ObligationReader() {}

  static List<Obligation> read(CsvTable table, Map<String, Advisory> advisories)
      throws PolicyException {
    List<Obligation> out = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Advisory advisory = advisories.get(row.get("advisory"));
      if (advisory == null) {
        throw PolicyException.at(
            row, "unknown advisory id " + row.get("advisory") + " (not in advisories.csv)");
      }
      Obligation.Kind kind =
          Obligation.Kind.parse(row.get("kind"))
              .orElseThrow(
                  () ->
                      PolicyException.at(
                          row,
                          "bad kind '"
                              + row.get("kind")
                              + "', expected remove, limit, no-new or assess"));
      Optional<LocalDate> deadline = Optional.empty();
      if (!row.get("deadline").isEmpty()) {
        try {
          deadline = Optional.of(LocalDate.parse(row.get("deadline")));
        } catch (DateTimeParseException e) {
          throw PolicyException.at(
              row, "bad deadline '" + row.get("deadline") + "', expected yyyy-mm-dd");
        }
      }
      Reliability reliability = Reliability.ofRow(row);
      out.add(
          new Obligation(
              advisory,
              kind,
              FamilyReader.required(row, "what"),
              FamilyReader.required(row, "networks"),
              deadline,
              reliability,
              FamilyReader.required(row, "source")));
    }
    return out;
  }
}
