package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.demo.DemoNetwork;
import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.policy.Policy;
import io.netaudit.report.HistoryFacts;
import io.netaudit.report.ReportFormat;
import io.netaudit.report.ReportRow;
import io.netaudit.scan.SweepContext;
import io.netaudit.scan.SweepSettings;
import io.netaudit.scan.Ticker;
import io.netaudit.snmp.Community;
import io.netaudit.target.HostResolver;
import io.netaudit.target.TargetSet;
import io.netaudit.target.TargetSpec;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run renders its rows to CSV while it sweeps, on the thread that judges: over real SNMP, the
 * report is the one rendered at the end, and a failure while rendering ahead loses no result.
 */
class AuditRunRenderAheadTest {
  private static SimulatedNetwork network;
  private static Identifier identifier;
  private static Policy policy;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    network = DemoNetwork.start();
    identifier = new Identifier(VendorCatalogue.loadBundled());
    policy = Policy.loadBundled();
  }

  @AfterAll
  static void stop() throws Exception {
    network.close();
  }

  private byte[] report(String name, UnaryOperator<ReportRow> decorate) throws Exception {
    Path csv = dir.resolve(name);
    AuditSettings settings =
        new AuditSettings(
            TargetSet.parse(
                List.of(new TargetSpec(DemoNetwork.TARGETS, "test")),
                List.of(),
                HostResolver.SYSTEM),
            SweepSettings.builder(
                    List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII))))
                .set(SweepSettings.PORT, network.port())
                .set(SweepSettings.TIMEOUT, Duration.ofMillis(300))
                .set(SweepSettings.RETRIES, 1)
                .set(SweepSettings.RATE, 2000.0)
                .build(),
            JudgingData.of(identifier, policy),
            Map.of(ReportFormat.CSV, csv.toString()),
            true,
            FailOn.NEVER);
    AuditSummary summary =
        new AuditRun(
                settings,
                new SweepContext(Clock.systemUTC(), Ticker.SYSTEM, secret -> {}),
                OutputStream.nullOutputStream())
            .withHistory(decorate, HistoryFacts.NONE, RunRecorder.NONE)
            .run();
    assertThat(summary.reportWritten()).isTrue();
    return Files.readAllBytes(csv);
  }

  /** The report without the columns that change from run to run (when polled, the uptime). */
  private static List<String> stable(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8)
        .lines()
        .map(
            line ->
                line.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "T").replaceAll(",\\d+,", ",N,"))
        .toList();
  }

  @Test
  void aFailureWhileRenderingAheadLosesNoRowAndChangesNoByte() throws Exception {
    byte[] plain = report("plain.csv", UnaryOperator.identity());
    AtomicInteger refused = new AtomicInteger();
    UnaryOperator<ReportRow> failsWhileSweeping =
        row -> {
          if (Thread.currentThread().getName().equals("netaudit-results")) {
            refused.incrementAndGet();
            throw new IllegalStateException("history not ready");
          }
          return row;
        };

    byte[] failing = report("failing.csv", failsWhileSweeping);

    assertThat(refused).as("rows the run tried to render ahead").hasPositiveValue();
    assertThat(stable(failing)).isEqualTo(stable(plain));
    assertThat(stable(plain)).hasSizeGreaterThan(DemoNetwork.deviceCount());
  }
}
