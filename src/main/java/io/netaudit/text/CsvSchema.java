package io.netaudit.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The columns a CSV file must (and may) have, named by header, and how its cells are read. Column
 * order never matters: cells are addressed by header name.
 *
 * @param required columns every file must have
 * @param optional columns a file may have (e.g. one added in a later version of the file); {@link
 *     CsvTable.Row#get} gives "" for one the file lacks
 * @param otherColumnsAllowed false: a column neither required nor optional is an error (config
 *     files, where it is a typo); true: such columns are read and ignored (a report read back)
 * @param cells how cell text is read
 */
public record CsvSchema(
    List<String> required, List<String> optional, boolean otherColumnsAllowed, Cells cells) {

  /** How cell text is read. */
  public enum Cells {
    /** Exactly as written inside the field (spaces around an unquoted field are kept). */
    AS_WRITTEN,
    /**
     * Spaces around a field are ignored (so {@code a, "b, c"} is two fields), and every run of
     * whitespace inside a cell, line breaks included, becomes one space: for prose cells of
     * hand-edited files.
     */
    ONE_LINE
  }

  public CsvSchema {
    required = List.copyOf(required);
    optional = List.copyOf(optional);
    Objects.requireNonNull(cells, "cells");
    Set<String> all = new LinkedHashSet<>(required);
    all.addAll(optional);
    if (all.size() != required.size() + optional.size()) {
      throw new IllegalArgumentException("a column is named twice: " + required + " " + optional);
    }
  }

  /** Exactly these columns (in any order), cells as written. */
  public static CsvSchema of(String... required) {
    return of(List.of(required));
  }

  /** Exactly these columns (in any order), cells as written. */
  public static CsvSchema of(List<String> required) {
    return new CsvSchema(required, List.of(), false, Cells.AS_WRITTEN);
  }

  /** This schema, also accepting the given columns. */
  public CsvSchema withOptional(String... columns) {
    List<String> more = new ArrayList<>(optional);
    more.addAll(List.of(columns));
    return new CsvSchema(required, more, otherColumnsAllowed, cells);
  }

  /** This schema, reading and ignoring any column it does not name. */
  public CsvSchema allowingOtherColumns() {
    return new CsvSchema(required, optional, true, cells);
  }

  /** This schema with cells read as {@link Cells#ONE_LINE}. */
  public CsvSchema oneLineCells() {
    return new CsvSchema(required, optional, otherColumnsAllowed, Cells.ONE_LINE);
  }

  /** Whether the column is required or optional here. */
  public boolean names(String column) {
    return required.contains(column) || optional.contains(column);
  }

  /** The required then the optional columns, comma-separated: the header a file should have. */
  String expectedHeader() {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return String.join(",", all);
  }
}
