package io.netaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.report.AuditStatus;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --waivers file: what it accepts, how a waiver matches, and a file:line for every mistake. */
class WaiverFileTest {
  private static final String ONE =
      "# comment\n"
          + "waivers:\n"
          + "  - id: W-1\n"
          + "    match:\n"
          + "      address: [10.20.0.0/24, 2001:db8::/64]\n"
          + "      vendor: huawei\n"
          + "    reason: refresh 2026\n"
          + "    approved_by: CISO\n"
          + "    ticket: CHG-1\n"
          + "    expires: 2026-06-30\n";

  @TempDir Path dir;

  private Path file(String text) throws Exception {
    Path f = dir.resolve("waivers.yaml");
    Files.writeString(f, text);
    return f;
  }

  private static WaiverSubject subject(String address, String vendorId, String... advisories)
      throws Exception {
    return new WaiverSubject(
        InetAddress.getByName(address),
        Set.of("00e0fc123456"),
        "SN-1",
        "",
        vendorId,
        vendorId,
        List.of(advisories));
  }

  @Test
  void aWaiverMatchesWhenEveryKeyMatchesOneOfItsValues() throws Exception {
    Waivers w = Waivers.load(file(ONE));

    assertThat(w.all()).hasSize(1);
    assertThat(w.all().get(0).where()).isEqualTo(dir.resolve("waivers.yaml") + ":3");
    assertThat(w.match(subject("10.20.0.7", "huawei"))).isPresent();
    assertThat(w.match(subject("2001:db8::9", "HUAWEI"))).isPresent();
    assertThat(w.match(subject("10.20.1.7", "huawei"))).as("outside the block").isEmpty();
    assertThat(w.match(subject("10.20.0.7", "zte"))).as("another maker").isEmpty();
  }

  @Test
  void theTallyCountsActiveMatchesExpiredOnesAndStaleWaivers() throws Exception {
    Waivers w =
        Waivers.load(
            file(
                ONE
                    + "  - id: W-2\n    match: {mac: '00:E0:FC:12:34:56'}\n    reason: r\n"
                    + "    approved_by: a\n    ticket: t\n    expires: 2025-01-01\n"
                    + "  - id: W-3\n    match: {serial: none}\n    reason: r\n"
                    + "    approved_by: a\n    ticket: t\n    expires: 2030-01-01\n"));
    WaiverTally tally = new WaiverTally(w, LocalDate.parse("2026-06-30"));

    assertThat(tally.apply(AuditStatus.RESTRICTED, subject("10.20.0.7", "huawei")))
        .hasValueSatisfying(a -> assertThat(a.state()).isEqualTo("active"));
    assertThat(tally.apply(AuditStatus.REVIEW, subject("10.9.9.9", "h3c")))
        .hasValueSatisfying(a -> assertThat(a.waiver().id()).isEqualTo("W-2"))
        .hasValueSatisfying(a -> assertThat(a.active()).isFalse());
    assertThat(tally.apply(AuditStatus.COMPLIANT, subject("10.20.0.7", "huawei")))
        .as("only findings are waived")
        .isEmpty();

    assertThat(tally.waived()).containsOnlyKeys(AuditStatus.RESTRICTED);
    assertThat(tally.expiredMatches().keySet()).extracting(Waiver::id).containsExactly("W-2");
    assertThat(tally.stale()).extracting(Waiver::id).containsExactly("W-3");
  }

  @Test
  void anEmptyFileOrAnEmptyListHasNoWaivers() throws Exception {
    assertThat(Waivers.load(file("# nothing yet\n")).isEmpty()).isTrue();
    assertThat(Waivers.load(file("waivers:\n")).isEmpty()).isTrue();
    assertThat(Waivers.load(file("waivers: []\n")).isEmpty()).isTrue();
  }

  @Test
  void everyMistakeNamesItsFileAndLine() throws Exception {
    assertFails(ONE.replace("expires: 2026-06-30", "expires: soon"), ":10: bad expires 'soon'");
    assertFails(ONE.replace("    ticket: CHG-1\n", ""), ":3: waiver without 'ticket' (id W-1)");
    assertFails(ONE.replace("vendor: huawei", "vendr: huawei"), ":6: unknown key 'vendr'");
    assertFails(ONE.replace("10.20.0.0/24", "10.20.0.0/33"), ":5: bad address '10.20.0.0/33'");
    assertFails(ONE.replace("      vendor: huawei\n", "      mac: 00:11\n"), ":6: bad mac '00:11'");
    assertFails(ONE + ONE.substring(ONE.indexOf("  - id")), ":11: duplicate waiver id W-1");
    assertFails(
        ONE.replace("    match:\n", "    match: {}\n")
            .replace("      address: [10.20.0.0/24, 2001:db8::/64]\n      vendor: huawei\n", ""),
        ":4: empty 'match' for W-1");
    assertFails("waivers:\n  - id: [a\n", ": YAML: ");
    assertFails("exceptions: []\n", ":1: unknown key 'exceptions'");
    assertFails("base: &a {x: 1}\nwaivers: *a\n", "YAML");
  }

  private void assertFails(String text, String expected) throws Exception {
    Path f = file(text);
    assertThatThrownBy(() -> Waivers.load(f))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
