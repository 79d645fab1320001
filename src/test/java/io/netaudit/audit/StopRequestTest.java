package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.report.ReportFormat;
import java.net.InetAddress;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StopRequestTest {
  @Test
  void aStopEndsTheTargetsAndOnlyTheFirstCounts() throws Exception {
    StopRequest stop = new StopRequest();
    Iterator<InetAddress> targets =
        stop.guard(
            List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("127.0.0.2"))
                .iterator());
    assertThat(targets.next().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(stop.request("SIGINT", 130)).isTrue();
    assertThat(stop.request("SIGTERM", 143)).isFalse();
    assertThat(targets.hasNext()).isFalse();
    assertThat(stop.reason()).isEqualTo("SIGINT");
    assertThat(stop.exitCode()).isEqualTo(130);
    assertThat(stop.seal()).as("cut short").isTrue();
  }

  @Test
  void aStopAfterTheSweepLeavesTheReportComplete() {
    StopRequest stop = new StopRequest();
    assertThat(stop.seal()).isFalse();
    assertThat(stop.request("SIGTERM", 143)).as("taken: no immediate exit").isTrue();
    assertThat(stop.requested()).isFalse();
    assertThat(stop.arrivedLate()).isEqualTo("SIGTERM");
    assertThat(stop.request("SIGTERM", 143)).as("a second one ends the process").isFalse();
  }

  @Test
  void incompleteNamesAndNoStdout() {
    assertThat(
            StopRequest.incompleteOutputs(
                Map.of(ReportFormat.CSV, "/r/a.csv", ReportFormat.HTML, "-")))
        .containsExactly(Map.entry(ReportFormat.CSV, "/r/a.csv.incomplete"));
  }
}
