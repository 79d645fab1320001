package io.netaudit.text;

/**
 * A CSV file {@link CsvTable} cannot read. The message is one line, {@code "file:line: what is
 * wrong"}; callers wrap it in their own exception type, and may use {@link #kind()} to phrase it
 * for their users (e.g. "is not a netaudit report").
 */
public final class CsvTableException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong, from the whole file down to one row. */
  public enum Kind {
    /** Bytes that are not UTF-8 (a stray Latin-1 byte, a binary file). */
    NOT_UTF8,
    /** No header line: the file is empty or holds only comments and blank lines. */
    NO_HEADER,
    /** The header lacks a required column (it may be wrong in other ways too). */
    MISSING_COLUMNS,
    /** The header names a column twice, or a column the schema does not know. */
    BAD_HEADER,
    /** Broken quoting: not RFC 4180. */
    MALFORMED,
    /** A row with more or fewer cells than the header. */
    CELL_COUNT
  }

  private final Kind kind;
  private final String source;
  private final int line;
  private final String problem;

  CsvTableException(Kind kind, String source, int line, String problem) {
    super(source + ":" + line + ": " + problem, null, false, false);
    this.kind = kind;
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  public Kind kind() {
    return kind;
  }

  /** The file as the caller named it. */
  public String source() {
    return source;
  }

  /** The 1-based line at fault. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String problem() {
    return problem;
  }
}
