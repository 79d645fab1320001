package io.netaudit.store;

import io.netaudit.text.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row's cells as the store's {@code cells} column holds them: one flat JSON object of strings
 * ({@code {"address":"10.0.0.1","status":"RESTRICTED",...}}), readable by people and by
 * PostgreSQL's {@code cells::jsonb ->> 'model'}. Only that shape is read back: anything else is
 * refused, not guessed.
 */
final class CellsJson {
  private CellsJson() {}

  static String write(Map<String, String> cells) {
    StringBuilder b = new StringBuilder(cells.size() * 32);
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : cells.entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      JsonText.appendQuoted(b, e.getKey());
      b.append(':');
      JsonText.appendQuoted(b, e.getValue());
    }
    return b.append('}').toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not a flat object of strings
   */
  static Map<String, String> read(String json) {
    Reader r = new Reader(json);
    Map<String, String> cells = new LinkedHashMap<>();
    r.skipSpace();
    r.expect('{');
    r.skipSpace();
    if (r.peek() == '}') {
      r.next();
    } else {
      while (true) {
        String key = r.string();
        r.skipSpace();
        r.expect(':');
        r.skipSpace();
        cells.put(key, r.string());
        r.skipSpace();
        char c = r.next();
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw r.error("',' or '}' expected");
        }
        r.skipSpace();
      }
    }
    r.skipSpace();
    if (!r.atEnd()) {
      throw r.error("text after the object");
    }
    return cells;
  }

  /** A cursor over the JSON text. */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s == null ? "" : s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    char peek() {
      if (atEnd()) {
        throw error("unexpected end");
      }
      return s.charAt(i);
    }

    char next() {
      char c = peek();
      i++;
      return c;
    }

    void expect(char c) {
      if (next() != c) {
        throw error("'" + c + "' expected");
      }
    }

    void skipSpace() {
      while (!atEnd() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("short \\u escape");
            }
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("stored cells at " + i + ": " + what);
    }
  }
}
