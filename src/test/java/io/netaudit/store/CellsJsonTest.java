package io.netaudit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cells column: written as one flat JSON object, read back exactly; nothing else is read. */
class CellsJsonTest {
  @Test
  void hostileTextRoundTrips() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("sys_descr", "quote \" backslash \\ tab \t nl \n nul \u0000 bidi \u202e é 😀");
    cells.put("empty", "");
    cells.put("odd \"key\"", "=cmd");
    String json = CellsJson.write(cells);
    assertThat(json).doesNotContain("\n").startsWith("{\"sys_descr\":");
    assertThat(CellsJson.read(json)).containsExactlyEntriesOf(cells);
    assertThat(CellsJson.read(" { } ")).isEmpty();
  }

  @Test
  void anythingButAFlatObjectOfStringsIsRefused() {
    for (String bad :
        new String[] {
          "", "[]", "{\"a\":1}", "{\"a\":\"b\"", "{\"a\":\"b\"} x", "{\"a\":\"\\q\"}"
        }) {
      assertThatThrownBy(() -> CellsJson.read(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
