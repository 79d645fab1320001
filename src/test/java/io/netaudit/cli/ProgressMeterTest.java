package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.audit.SweepProgress;
import io.netaudit.cli.ProgressMeter.Mode;
import io.netaudit.report.AuditStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line's content and drawing, with a fake clock: no threads, exact frames. */
class ProgressMeterTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final SweepProgress progress = new SweepProgress();
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private ProgressMeter meter(long total, int width) {
    return new ProgressMeter(err, progress, total, nanos::get, width);
  }

  private void advance(long millis, int issued, int packets, AuditStatus... results) {
    nanos.addAndGet(millis * 1_000_000L);
    for (int i = 0; i < issued; i++) {
      progress.onIssued();
    }
    if (packets > 0) {
      progress.onPacketsSent(packets);
    }
    for (AuditStatus s : results) {
      progress.onResult(s);
    }
  }

  @Test
  void framesShowSentOfTotalAnsweredFindingsRateAndEta() {
    ProgressMeter m = meter(1000, 200);
    assertThat(m.frame())
        .isEqualTo("netaudit: 0/1000 sent (0%)  0 answered  0 findings  - pkt/s  ETA --");

    // 250 ms: 100 targets started, 150 packets, 50 done (1 restricted, 1 review, 2 compliant, 1
    // unidentified).
    AuditStatus[] done = new AuditStatus[50];
    java.util.Arrays.fill(done, AuditStatus.NO_RESPONSE);
    done[0] = AuditStatus.RESTRICTED;
    done[1] = AuditStatus.REVIEW;
    done[2] = AuditStatus.COMPLIANT;
    done[3] = AuditStatus.COMPLIANT;
    done[4] = AuditStatus.UNIDENTIFIED;
    done[5] = AuditStatus.ERROR;
    advance(250, 100, 150, done);
    // 600 pkt/s; 950 left at 200 done/s = 4.75 s -> 5 s.
    assertThat(m.frame())
        .isEqualTo("netaudit: 100/1000 sent (10%)  5 answered  2 findings  600 pkt/s  ETA 0:05");
    assertThat(progress.issued()).isEqualTo(100);
    assertThat(progress.packetsSent()).isEqualTo(150);
    assertThat(progress.finished()).isEqualTo(50);
  }

  @Test
  void ratesAreOverTheLastTwoSecondsOrSo() {
    ProgressMeter m = meter(1_000_000, 200);
    m.frame();
    for (int i = 0; i < 20; i++) {
      advance(250, 0, 1000); // 4000 pkt/s for five seconds
      m.frame();
    }
    for (int i = 0; i < 8; i++) {
      advance(250, 0, 250); // then 1000 pkt/s for two seconds: the old rate has left the window
      m.frame();
    }
    advance(250, 0, 250);
    assertThat(m.frame()).contains(" 1000 pkt/s");
  }

  @Test
  void longEtasHaveHoursAndTheLineNeverWraps() {
    ProgressMeter m = meter(16_777_216, 80);
    m.frame();
    advance(1000, 3_000_000, 3_000_000, new AuditStatus[] {AuditStatus.NO_RESPONSE});
    m.frame();
    advance(1000, 12_345, 1_000_000, new AuditStatus[] {AuditStatus.REVIEW});
    // Too long for 80 columns in full: no prefix, millions shortened. 2 done in 2 s: 16777214 s
    // left.
    assertThat(m.frame())
        .isEqualTo("3.0M/16.8M sent (17%)  1 answered  1 findings  2000000 pkt/s  ETA 4660:20:14");
    ProgressMeter narrow = meter(16_777_216, 40);
    assertThat(narrow.frame()).hasSize(39).startsWith("3.0M/16.8M sent (17%)");
    ProgressMeter wide = meter(16_777_216, 132);
    assertThat(wide.frame()).startsWith("netaudit: 3012345/16777216 sent (17%)");
    assertThat(ProgressMeter.duration(4 * 3600 + 5 * 60 + 7)).isEqualTo("4:05:07");
    assertThat(ProgressMeter.duration(65)).isEqualTo("1:05");
  }

  @Test
  void totalIsAnUpperBoundThatNeverShowsLessThanSent() {
    ProgressMeter m = meter(10, 200);
    advance(100, 12, 12);
    assertThat(m.frame()).startsWith("netaudit: 12/12 sent (100%)");
  }

  @Test
  void drawRedrawsInPlaceAndCloseErasesTheLine() {
    ProgressMeter m = meter(10, 200);
    m.draw();
    advance(250, 3, 3);
    m.draw();
    m.close();
    m.close();
    m.draw(); // after close: nothing
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .isEqualTo(
            "\rnetaudit: 0/10 sent (0%)  0 answered  0 findings  - pkt/s  ETA --\u001b[K"
                + "\rnetaudit: 3/10 sent (30%)  0 answered  0 findings  12 pkt/s  ETA --\u001b[K"
                + "\r\u001b[K");
  }

  @Test
  void closeWithoutAFrameWritesNothing() {
    meter(10, 80).close();
    assertThat(bytes.size()).isZero();
  }

  @Test
  void autoNeedsARealTerminal() {
    Map<String, String> xterm = Map.of("TERM", "xterm-256color");
    assertThat(ProgressMeter.wanted(Mode.AUTO, false, 0, xterm, true)).isTrue();
    assertThat(ProgressMeter.wanted(Mode.AUTO, false, 0, xterm, false)).isFalse();
    assertThat(ProgressMeter.wanted(Mode.AUTO, false, 0, Map.of(), true))
        .as("TERM unset")
        .isFalse();
    assertThat(ProgressMeter.wanted(Mode.AUTO, false, 0, Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(ProgressMeter.wanted(Mode.AUTO, false, 1, xterm, true))
        .as("-v logs would be drawn over")
        .isFalse();
    assertThat(ProgressMeter.wanted(Mode.AUTO, true, 0, xterm, true)).as("quiet").isFalse();
    // The launcher knows about stderr itself, and wins over the console guess either way.
    assertThat(
            ProgressMeter.wanted(
                Mode.AUTO, false, 0, Map.of("TERM", "xterm", "NETAUDIT_STDERR_TTY", "0"), true))
        .isFalse();
    assertThat(
            ProgressMeter.wanted(
                Mode.AUTO, false, 0, Map.of("TERM", "xterm", "NETAUDIT_STDERR_TTY", "1"), false))
        .isTrue();
  }

  @Test
  void alwaysAndNeverAreExplicitButQuietWins() {
    assertThat(ProgressMeter.wanted(Mode.ALWAYS, false, 2, Map.of(), false)).isTrue();
    assertThat(ProgressMeter.wanted(Mode.NEVER, false, 0, Map.of("TERM", "xterm"), true)).isFalse();
    assertThat(ProgressMeter.wanted(Mode.ALWAYS, true, 0, Map.of(), true)).isFalse();
  }

  @Test
  void columnsComeFromTheEnvironment() {
    assertThat(ProgressMeter.columns(Map.of("COLUMNS", "132"))).isEqualTo(132);
    assertThat(ProgressMeter.columns(Map.of("COLUMNS", "x"))).isEqualTo(80);
    assertThat(ProgressMeter.columns(Map.of())).isEqualTo(80);
  }
}
