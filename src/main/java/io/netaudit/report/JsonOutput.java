package io.netaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.netaudit.text.JsonText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Jackson's streaming generator set up for the JSON formats (JSON Lines v2, CycloneDX): the
 * project's JSON escaping ({@link JsonText}: controls, DEL, C1 and U+2028/2029 as lowercase {@code
 * \\u00xx}, lone surrogates as U+FFFD), no root separator (the writer ends lines itself), and the
 * writer left open (it belongs to {@link AtomicReportFile}). Absent text ("") is written as {@code
 * null}: the typed formats tell "not known" from a value.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .rootValueSeparator((String) null)
          .build();

  private JsonOutput() {}

  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setCharacterEscapes(JsonText.ESCAPES);
    return g;
  }

  /** {@code "name": "value"}, or {@code null} for absent (null or "") text. */
  static void text(JsonGenerator g, String name, String value) throws IOException {
    g.writeFieldName(name);
    text(g, value);
  }

  static void text(JsonGenerator g, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      g.writeNull();
    } else {
      g.writeString(JsonText.wellFormed(value));
    }
  }

  /** {@code "name": 123}, or {@code null}. */
  static void number(JsonGenerator g, String name, Number value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value.longValue());
    }
  }

  /** {@code "name": ["a", "b"]}: a list is an array, empty when it has nothing. */
  static void texts(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(JsonText.wellFormed(v));
    }
    g.writeEndArray();
  }
}
