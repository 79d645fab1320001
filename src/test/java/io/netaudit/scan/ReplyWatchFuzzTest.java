package io.netaudit.scan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;

/**
 * Fuzzes the reply watch's decoder with raw datagrams. Regression mode (every {@code mvn test})
 * replays the seeds in {@code ReplyWatchFuzzTestInputs/problemWith/}: the malformed-reply corpus
 * rendered to bytes. {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ReplyWatchFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void problemWith(byte[] datagram) {
    // Must answer for any bytes: null or a short reason, never an exception or a hang.
    String problem = ReplyWatch.problemWith(ByteBuffer.wrap(datagram));
    if (problem != null && (problem.isBlank() || problem.contains("\n"))) {
      throw new AssertionError("reason must be one non-blank line: '" + problem + "'");
    }
    // a read-only and an offset buffer must give the same verdict
    ByteBuffer framed = ByteBuffer.allocate(datagram.length + 8);
    framed.position(4);
    framed.put(datagram);
    framed.position(4).limit(4 + datagram.length);
    String again = ReplyWatch.problemWith(framed.slice().asReadOnlyBuffer());
    if ((problem == null) != (again == null)) {
      throw new AssertionError("verdict depends on the buffer: " + problem + " vs " + again);
    }
  }
}
