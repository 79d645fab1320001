package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.agent.Fault;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.testing.Ber;
import io.netaudit.testing.Mibs;
import io.netaudit.testing.RawResponder;
import io.netaudit.testing.RawResponder.Behavior;
import io.netaudit.testing.RawResponder.Reply;
import java.io.StringReader;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Accounting invariant (reliability plan 5.2, L10) as a seeded property test through the whole CLI:
 * random target specs and excludes over a world of 127.0.77.0/25 where every device has a random
 * fault (SNMP4J agents with {@link Fault}s, raw responders with broken or spoofed replies). For
 * every case: one row per expanded target, none outside, and the per-status counts of the summary
 * add up to the number of targets and agree with the rows.
 */
@Timeout(90)
class AccountingPropertyTest {
  private static final long SEED = 0x5EEDL;
  private static final int CASES = 20;
  private static final String PREFIX = "127.0.77.";
  private static final InetAddress SPOOFER = ip(78, 1);
  private static final Pattern HEAD = Pattern.compile("netaudit: (\\d+) targets, (\\d+) answered");
  private static final Pattern COUNTS =
      Pattern.compile(
          "RESTRICTED (\\d+)\\s+REVIEW (\\d+)\\s+COMPLIANT (\\d+)\\s+UNIDENTIFIED (\\d+)\\s+AUTH_FAILED (\\d+)\\s+NO_RESPONSE (\\d+)\\s+ERROR (\\d+)");
  private static final String[] STATUSES = {
    "RESTRICTED", "REVIEW", "COMPLIANT", "UNIDENTIFIED", "AUTH_FAILED", "NO_RESPONSE", "ERROR"
  };

  private static SimulatedNetwork agents;
  private static RawResponder raw;
  private static final Map<Integer, String> WORLD = new LinkedHashMap<>();

  private static InetAddress ip(int b2, int b3) {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, (byte) b2, (byte) b3});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String[][] MAKERS = {
    {
      "Huawei Versatile Routing Platform Software VRP (R) software, Version 5.170",
      "1.3.6.1.4.1.2011.2.23.421"
    },
    {"H3C Comware Platform Software, Software Version 7.1.070", "1.3.6.1.4.1.25506.1.2095"},
    {"Cisco IOS Software, C2960X Software, Version 15.2(7)E4", "1.3.6.1.4.1.9.1.1208"},
    {"Linux box 5.10.0 #1 SMP x86_64", "1.3.6.1.4.1.8072.3.2.10"},
    {"", "0.0"},
  };

  @BeforeAll
  static void buildWorld() throws Exception {
    Random r = new Random(SEED);
    List<SimulatedDevice> devices = new ArrayList<>();
    Map<InetAddress, Behavior> rawBehaviors = new HashMap<>();
    for (int host = 0; host < 128; host++) {
      int kind = r.nextInt(16);
      String[] maker = MAKERS[r.nextInt(MAKERS.length)];
      InetAddress a = ip(77, host);
      Map<String, byte[]> values =
          RawResponder.system(
              maker[0], maker[1].equals("0.0") ? "1.3.6.1.4.1.8072" : maker[1], "n" + host);
      if (kind < 4) {
        WORLD.put(host, "silent");
        continue;
      }
      if (kind < 11) {
        Fault[] faults = Fault.values();
        Fault f = faults[r.nextInt(faults.length)];
        SimulatedDevice d =
            new SimulatedDevice(a, Mibs.system(maker[0], maker[1], "n" + host)).withFault(f);
        if (r.nextInt(6) == 0) {
          d = d.withCommunity("other");
        }
        if (r.nextInt(5) == 0) {
          d = d.withDelay(Duration.ofMillis(r.nextInt(60)));
        }
        devices.add(d);
        WORLD.put(host, "agent " + f + " " + d.community());
        continue;
      }
      switch (kind) {
        case 11 ->
            rawBehaviors.put(a, rq -> List.of(Reply.of(new byte[] {0x30, 0x03, 0x02, 0x01})));
        case 12 ->
            rawBehaviors.put(
                a,
                rq ->
                    List.of(
                        Reply.of(
                            Ber.message(
                                rq.version(),
                                rq.community(),
                                Ber.pdu(
                                    Ber.GET_RESPONSE,
                                    Ber.integer(rq.requestId() + 1L),
                                    0,
                                    0,
                                    RawResponder.varbinds(rq, values))))));
        case 13 ->
            rawBehaviors.put(
                a, rq -> List.of(Reply.of(RawResponder.answer(rq, values)).from(SPOOFER)));
        case 14 ->
            rawBehaviors.put(
                a,
                rq -> {
                  byte[] b = RawResponder.answer(rq, values);
                  return List.of(Reply.of(b), Reply.of(b).after(5), Reply.of(b).after(10));
                });
        default ->
            rawBehaviors.put(
                a,
                rq ->
                    List.of(
                        Reply.of(
                            Ber.message(
                                rq.version(),
                                rq.community(),
                                Ber.pdu(
                                    Ber.GET_RESPONSE,
                                    Ber.integer(rq.requestId()),
                                    1,
                                    0,
                                    RawResponder.varbinds(rq, Map.of()))))));
      }
      WORLD.put(host, "raw kind " + kind);
    }
    agents = SimulatedNetwork.start(devices, 0);
    raw = RawResponder.start(rawBehaviors, List.of(SPOOFER), agents.port());
  }

  @AfterAll
  static void stopWorld() throws Exception {
    raw.close();
    agents.close();
  }

  /** A spec over 127.0.77.0/24 and the hosts it stands for. */
  private record Spec(String text, TreeSet<Integer> hosts) {}

  private static Spec randomSpec(Random r, boolean commasAllowed) {
    int form = r.nextInt(commasAllowed ? 4 : 3);
    TreeSet<Integer> hosts = new TreeSet<>();
    switch (form) {
      case 0 -> { // aligned CIDR block /27../30 (host bits left in sometimes: masked like nmap)
        int prefix = 27 + r.nextInt(4);
        int size = 1 << (32 - prefix);
        int base = r.nextInt(256 / size) * size;
        for (int i = 0; i < size; i++) {
          hosts.add(base + i);
        }
        return new Spec(PREFIX + base + "/" + prefix, hosts);
      }
      case 1 -> { // octet range a-b
        int a = r.nextInt(200);
        int b = a + r.nextInt(20);
        for (int i = a; i <= b; i++) {
          hosts.add(i);
        }
        return new Spec(PREFIX + a + "-" + b, hosts);
      }
      case 2 -> { // single address
        int a = r.nextInt(256);
        hosts.add(a);
        return new Spec(PREFIX + a, hosts);
      }
      default -> { // octet list a,b,c
        StringBuilder t = new StringBuilder(PREFIX);
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
          int a = r.nextInt(160);
          hosts.add(a);
          t.append(i == 0 ? "" : ",").append(a);
        }
        return new Spec(t.toString(), hosts);
      }
    }
  }

  @Test
  void everyExpandedTargetGetsExactlyOneRowAndTheCountsAddUp() {
    Random r = new Random(SEED + 1);
    Map<String, Integer> overall = new HashMap<>();
    for (int c = 0; c < CASES; c++) {
      TreeSet<Integer> expected = new TreeSet<>();
      List<String> args =
          new ArrayList<>(
              List.of(
                  "scan",
                  "-p",
                  Integer.toString(agents.port()),
                  "--timeout",
                  "200ms",
                  "--retries",
                  "1",
                  "--rate",
                  "5000",
                  "--all-targets",
                  "-o",
                  "-",
                  "--fail-on",
                  "never"));
      List<String> described = new ArrayList<>();
      int includes = 1 + r.nextInt(3);
      for (int i = 0; i < includes; i++) {
        Spec s = randomSpec(r, true);
        args.add(s.text());
        expected.addAll(s.hosts());
        described.add(s.text());
      }
      String stdin = "";
      if (r.nextBoolean()) {
        Spec s = randomSpec(r, true);
        stdin = "# from a file\n" + s.text() + "   # trailing comment\n\n";
        args.add("-iL");
        args.add("-");
        expected.addAll(s.hosts());
        described.add("-iL " + s.text());
      }
      int excludes = r.nextInt(3);
      for (int i = 0; i < excludes; i++) {
        Spec s = randomSpec(r, false);
        args.add("--exclude");
        args.add(s.text());
        expected.removeAll(s.hosts());
        described.add("--exclude " + s.text());
      }
      String label = "case " + c + ": " + String.join(" ", described);

      CliRun run = CliRun.of(Map.of(), stdin, args.toArray(new String[0]));
      assertThat(run.exitCode()).as(label + "\n" + run.err()).isZero();

      Map<String, Integer> perStatus = new HashMap<>();
      TreeSet<Integer> seen = new TreeSet<>();
      for (CSVRecord row : parse(run.out())) {
        String address = row.get("address");
        assertThat(address).as(label).startsWith(PREFIX);
        int host = Integer.parseInt(address.substring(PREFIX.length()));
        assertThat(seen.add(host)).as(label + ": second row for " + address).isTrue();
        perStatus.merge(row.get("status"), 1, Integer::sum);
        overall.merge(row.get("status"), 1, Integer::sum);
      }
      assertThat(seen).as(label + ": rows are exactly the expanded targets").isEqualTo(expected);

      Matcher head = HEAD.matcher(run.err());
      assertThat(head.find()).as(label + "\n" + run.err()).isTrue();
      assertThat(Long.parseLong(head.group(1))).as(label).isEqualTo(expected.size());
      Matcher counts = COUNTS.matcher(run.err());
      assertThat(counts.find()).as(label + "\n" + run.err()).isTrue();
      long sum = 0;
      long answered = 0;
      for (int i = 0; i < STATUSES.length; i++) {
        long n = Long.parseLong(counts.group(i + 1));
        sum += n;
        if (i < 4) {
          answered += n;
        }
        assertThat(n)
            .as(label + ": " + STATUSES[i] + " in the summary vs rows")
            .isEqualTo((long) perStatus.getOrDefault(STATUSES[i], 0));
      }
      assertThat(sum)
          .as(label + ": status counts add up to the targets")
          .isEqualTo(expected.size());
      assertThat(Long.parseLong(head.group(2))).as(label).isEqualTo(answered);
    }
    // the cases together must have met the interesting outcomes, or the property proves little
    assertThat(overall.keySet()).contains("RESTRICTED", "COMPLIANT", "NO_RESPONSE", "ERROR");
  }

  private static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(new StringReader(csv))
          .getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
