package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.policy.Obligation;
import io.netaudit.policy.Policy;
import io.netaudit.policy.Verdict;
import io.netaudit.policy.WaiverTally;
import io.netaudit.policy.Waivers;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportColumn;
import io.netaudit.report.ReportRow;
import io.netaudit.snmp.MacAddress;
import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A RESTRICTED endpoint (corroborated beyond its OUI) carries its verdict's removal deadline as a
 * device row does, and the run's ledger counts it overdue or due.
 */
class EndpointDeadlineTest {
  @Test
  void aRestrictedEndpointCarriesTheEarliestDeadlineAndIsCountedOverdue() throws Exception {
    Policy policy = Policy.loadBundled();
    EndpointJudge judge = new EndpointJudge(new Identifier(VendorCatalogue.loadBundled()), policy);
    MacAddress mac = MacAddress.parse("00:e0:fc:12:34:56").orElseThrow(); // Huawei MA-L
    EndpointJudge.Judged ouiOnly = judge.judge(mac);
    assertThat(ouiOnly.verdict().status()).isEqualTo(AuditStatus.REVIEW);
    Obligation dated =
        policy.obligations().stream()
            .filter(o -> o.deadline().isPresent())
            .filter(o -> ouiOnly.verdict().advisories().contains(o.advisory()))
            .findFirst()
            .orElseThrow();
    Verdict restricted =
        new Verdict(
            AuditStatus.RESTRICTED,
            ouiOnly.verdict().vendor(),
            ouiOnly.verdict().advisories(),
            "corroborated",
            java.util.Optional.of(dated));
    EndpointJudge.Judged judged =
        new EndpointJudge.Judged(ouiOnly.identification(), restricted, ouiOnly.vendor());
    Sighting at =
        new Sighting(
            InetAddress.getByName("127.0.111.1"),
            Instant.EPOCH,
            "Gi1/0/3",
            10,
            true,
            false,
            1,
            null);

    ReportRow row = EndpointRows.row(mac, List.of(at), judged);

    LocalDate due = dated.deadline().orElseThrow();
    assertThat(ReportColumn.DEADLINE.text(row)).isEqualTo(due.toString());
    assertThat(ReportColumn.DEADLINE_ADVISORY.text(row)).isEqualTo(dated.advisory().id());
    assertThat(ReportColumn.EVIDENCE.text(row)).contains("deadline:");

    FindingLedger ledger = new FindingLedger(new WaiverTally(Waivers.NONE, due.plusDays(1)));
    ledger.count(EndpointWaivers.deadline(judged));
    ledger.count(EndpointWaivers.deadline(ouiOnly)); // REVIEW: no deadline, not counted
    assertThat(ledger.tally().overdue()).isEqualTo(1);
    assertThat(ledger.tally().dueWithinAYear()).isZero();
  }
}
