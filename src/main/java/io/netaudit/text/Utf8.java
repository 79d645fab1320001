package io.netaudit.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Strict UTF-8 decoding of a whole file, naming the line of the first bad byte. */
final class Utf8 {
  private Utf8() {}

  /** The text of bytes, a leading BOM removed (editors on Windows add one). */
  static String decode(String source, byte[] bytes) throws CsvTableException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new CsvTableException(
          CsvTableException.Kind.NOT_UTF8,
          source,
          lineOf(bytes, in.position()),
          "not valid UTF-8 (byte 0x" + HexFormat.of().toHexDigits(bytes[in.position()]) + ")");
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The 1-based line of a byte offset; LF, CR LF and a lone CR end a line. */
  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
