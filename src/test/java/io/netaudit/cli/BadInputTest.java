package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.policy.Policy;
import io.netaudit.target.TargetSet;
import io.netaudit.target.TargetSpec;
import io.netaudit.target.TargetSpecException;
import io.netaudit.testing.Mibs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and edge inputs (reliability plan 5.5) through the CLI: each bad input exits 2 with ONE line
 * naming the value and where it came from, before any packet. A real agent listens on the valid
 * target 127.0.80.1, which every command also names (first), and must never see a request.
 *
 * <p>Target texts are the plan's, moved into 127/8 where a wrongly accepted spec could otherwise
 * reach a non-loopback address (1.2.3 becomes 127.0.3, 010.1.1.1 becomes 127.0.0.010).
 */
@Timeout(20)
class BadInputTest {
  private static final String DEVICE = "127.0.80.1";
  private static SimulatedNetwork network;
  private static Path files;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    network =
        SimulatedNetwork.start(
            List.of(
                new SimulatedDevice(
                    InetAddress.getByName(DEVICE),
                    Mibs.system("Huawei VRP", "1.3.6.1.4.1.2011.2.23.96", "canary"))),
            0);
    files = Files.createTempDirectory("netaudit-bad-input");
  }

  @AfterAll
  static void stop() throws Exception {
    network.close();
    try (Stream<Path> walk = Files.walk(files)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @AfterEach
  void nothingWasSent() throws Exception {
    assertThat(network.requestsSeen(InetAddress.getByName(DEVICE)))
        .as("packets before the input was checked")
        .isZero();
  }

  private static CliRun scan(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "scan",
                "-p",
                Integer.toString(network.port()),
                "--timeout",
                "200ms",
                "--retries",
                "0",
                "-o",
                "-"));
    all.addAll(List.of(args));
    return CliRun.of(Map.of(), "", all.toArray(new String[0]));
  }

  private static void assertUsageError(CliRun run, String... mentions) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().toList()).as("exactly one line").hasSize(1);
    assertThat(run.err()).startsWith("netaudit: error: ");
    for (String m : mentions) {
      assertThat(run.err()).contains(m);
    }
    assertThat(run.out()).isEmpty();
  }

  // ------------------------------------------------------------------ invalid target specs

  static Stream<Arguments> invalidTargets() {
    return Stream.of(
        Arguments.of("127.0.0.0/33", "prefix length"),
        Arguments.of("127.0.0.0/-1", "prefix length"),
        Arguments.of("256.1.1.1", "256"),
        Arguments.of("127.0.0.5-3", "reversed"),
        Arguments.of("127.0.3", "4 dot-separated fields"),
        Arguments.of("0x7f.1", "0x7f.1"),
        Arguments.of("::1/129", "prefix length"),
        Arguments.of("::/64", "/64"),
        Arguments.of("127.0.0.1/", "missing prefix"),
        Arguments.of("127.0.0.1,,127.0.0.2", "empty item"),
        Arguments.of("[127.0.0.1]", "brackets"),
        Arguments.of("host_name", "'_'"),
        Arguments.of("127.0.0.1\u001b[2J", "\\u001B"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidTargets")
  void invalidTargetOnTheCommandLine(String spec, String reason) {
    CliRun run = scan(DEVICE, spec);
    assertUsageError(run, "command line", reason);
    assertThat(run.err()).doesNotContain("\u001b");
    if (!spec.contains("\u001b")) {
      assertThat(run.err()).contains("'" + spec + "'");
    }
  }

  @Test
  void invalidTargetInAFileNamesFileAndLine() throws Exception {
    Path f = dir.resolve("hosts.txt");
    Files.writeString(f, "# core\n" + DEVICE + "\n\n127.0.0.0/33  # typo\n");
    assertUsageError(scan("-iL", f.toString()), "hosts.txt:4", "'127.0.0.0/33'");
  }

  @Test
  void invalidExcludeNamesTheOption() {
    assertUsageError(scan("--exclude", "127.0.0.300", DEVICE), "--exclude", "'127.0.0.300'");
  }

  @Test
  void invalidLineOfAnExcludeFile() throws Exception {
    Path f = dir.resolve("skip.txt");
    Files.writeString(f, "127.0.80.9\n127.0.80.5-1\n");
    assertUsageError(scan("--exclude-file", f.toString(), DEVICE), "skip.txt:2", "'127.0.80.5-1'");
  }

  @Test
  void unresolvableHostNameNamesHostAndOrigin() {
    // The CLI resolves through the system resolver, and a real miss would leave loopback (DNS), so
    // this case goes through TargetSet with a resolver that fails; the CLI prints the same message.
    assertThatThrownBy(
            () ->
                TargetSet.parse(
                    List.of(new TargetSpec("core-sw.invalid", "hosts.txt:3")),
                    List.of(),
                    h -> {
                      throw new UnknownHostException(h);
                    }))
        .isInstanceOf(TargetSpecException.class)
        .hasMessage("cannot resolve host 'core-sw.invalid' (hosts.txt:3)");
  }

  @Test
  void noTargetsAtAll() {
    assertUsageError(scan(), "no targets");
  }

  @Test
  void missingTargetFile() {
    assertUsageError(scan("-iL", dir.resolve("nope.txt").toString()), "nope.txt", "No such file");
  }

  @Test
  void targetFileThatIsNotUtf8() throws Exception {
    Path f = dir.resolve("bin.txt");
    Files.write(f, new byte[] {'1', '2', '7', '.', (byte) 0xff, (byte) 0xfe, '\n'});
    assertUsageError(scan("-iL", f.toString()), "bin.txt", "UTF-8");
  }

  @Test
  void targetFileThatIsADirectory() {
    assertUsageError(scan("-iL", dir.toString()), dir.getFileName().toString(), "directory");
  }

  @Test
  void targetFileWithNoTargetNamesTheFile() throws Exception {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, "# nothing yet\n\n");
    assertUsageError(scan("-iL", f.toString()), "empty.txt");
  }

  @Test
  void leadingZeroOctetIsRefusedNotGuessed() {
    assertUsageError(scan(DEVICE, "127.0.0.010"), "'127.0.0.010'");
  }

  @Test
  void negativeOctetIsRefused() {
    assertUsageError(scan(DEVICE, "127.0.0.-1"), "'127.0.0.-1'");
  }

  // ------------------------------------------------------------------ edge cases, pinned

  @Test
  void hostBitsAreMaskedLikeNmap() {
    CliRun run = CliRun.of("scan", "--list-targets", "127.0.80.1/30");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly("127.0.80.0", "127.0.80.1", "127.0.80.2", "127.0.80.3");
  }

  @Test
  void hostBitsGiveAWarning() {
    CliRun run = CliRun.of("scan", "--list-targets", "127.0.80.1/30");
    assertThat(run.err()).contains("127.0.80.1/30");
  }

  @Test
  void aSpecGivenTwiceIsScannedOnce() {
    CliRun run = CliRun.of("scan", "--list-targets", "127.0.80.1", "127.0.80.0/31", "127.0.80.1");
    assertThat(run.out().lines()).containsExactly("127.0.80.1", "127.0.80.0");
  }

  @Test
  void zoneIdsAreRefused() {
    CliRun run = CliRun.of("scan", "--list-targets", "fe80::1%eth0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains("fe80::1%eth0");
  }

  @Test
  void excludingEverythingIsAnEmptyAuditNotAnError() {
    CliRun run = scan("--exclude", "127.0.80.0/30", "127.0.80.1-2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("netaudit: 0 targets");
    assertThat(run.out().lines()).hasSize(1); // header only
  }

  // ------------------------------------------------------------------ sizes

  @Test
  void ipv4SlashZeroIsRefusedWithoutTheFlag() {
    // the count is the sum of the include sizes (2^32 + the device), an upper bound
    assertUsageError(scan(DEVICE, "0.0.0.0/0"), "--allow-large-scan", "4294967297");
  }

  @Test
  void largeScanRefusalNamesTheSpec() {
    assertUsageError(scan(DEVICE, "0.0.0.0/0"), "'0.0.0.0/0'", "command line");
  }

  @Test
  @Disabled(
      "never run through the CLI: a regression would send to every IPv4 address; "
          + "TargetOptionsTest checks the refusal without a scan")
  void ipv4SlashZeroNeedsMoreThanTheLargeScanFlag() {
    assertUsageError(scan("--allow-large-scan", "0.0.0.0/0"), "0.0.0.0/0");
  }

  @Test
  void aMillionAddressesStreamWithoutHoldingThem() {
    CliRun run = CliRun.of("scan", "--list-targets", "127.0.0.0/12");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().chars().filter(c -> c == '\n').count()).isEqualTo(1L << 20);
  }

  @Test
  void targetFileWithCrlfBomCommentsBlanksAndDuplicatesGivesTheExactCount() throws Exception {
    bigTargetFile(5_000);
  }

  @Test
  // A hang guard, not a speed assertion (the machines are shared): the time is printed.
  @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void millionLineTargetFileGivesTheExactCount() throws Exception {
    bigTargetFile(1_000_000);
  }

  private void bigTargetFile(int lines) throws Exception {
    Random r = new Random(55);
    Set<String> distinct = new HashSet<>();
    StringBuilder b = new StringBuilder("\uFEFF# inventory export\r\n");
    List<String> written = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      int kind = r.nextInt(20);
      if (kind == 0) {
        b.append("# comment ").append(i).append("\r\n");
      } else if (kind == 1) {
        b.append("   \r\n");
      } else if (kind < 4 && !written.isEmpty()) {
        b.append(written.get(r.nextInt(written.size()))).append("\r\n"); // ~10% duplicates
      } else {
        String a = "127." + (1 + r.nextInt(3)) + "." + r.nextInt(256) + "." + r.nextInt(256);
        written.add(a);
        distinct.add(a);
        b.append(a).append(i % 7 == 0 ? "  # with a comment" : "").append("\r\n");
      }
    }
    Path f = dir.resolve("inventory.txt");
    Files.writeString(f, b, StandardCharsets.UTF_8);
    long started = System.nanoTime();
    CliRun run = CliRun.of("scan", "--list-targets", "-iL", f.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().count()).isEqualTo(distinct.size());
    assertThat(new HashSet<>(run.out().lines().toList())).isEqualTo(distinct);
    System.out.printf(
        "%d-line target file listed in %.1f s%n", lines, (System.nanoTime() - started) / 1e9);
  }

  // ------------------------------------------------------------------ policy and vendor catalogue
  // files

  private static Path copyConfig(Path into) {
    try {
      Files.createDirectories(into);
      for (String name :
          List.of(
              "advisories.csv",
              "restricted-vendors.csv",
              "vendors.csv",
              "enterprise-numbers.csv",
              "sysdescr-rules.csv")) {
        Files.copy(Path.of("config", name), into.resolve(name));
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first data line after the header with {@code line}, or appends it. */
  private static void appendLine(Path file, String line) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(
        file, text + (text.endsWith("\n") ? "" : "\n") + line + "\n", StandardCharsets.UTF_8);
  }

  static Stream<Arguments> brokenConfig() {
    return Stream.of(
        Arguments.of(
            "advisories.csv", "append", "X-1,Someone,CZ,2018-01-01,Title", "advisories.csv:"),
        Arguments.of(
            "advisories.csv",
            "append",
            "X-1,Someone,CZ,2018-01-01,Title,https://x.example,extra",
            "advisories.csv:"),
        Arguments.of(
            "advisories.csv",
            "append",
            "X-1,Someone,CZ,2018-13-45,Bad date,https://x.example,,,,",
            "2018-13-45"),
        Arguments.of("advisories.csv", "empty", "", "advisories.csv"),
        Arguments.of("advisories.csv", "latin1", "", "advisories.csv"),
        Arguments.of(
            "restricted-vendors.csv",
            "append",
            "huawei,restricted,All,US-NDAA-889,dup",
            "duplicate"),
        Arguments.of(
            "restricted-vendors.csv", "append", "acme,restricted,All,NO-SUCH-1,", "NO-SUCH-1"),
        Arguments.of(
            "restricted-vendors.csv",
            "append",
            "\"unterminated,restricted,All,,",
            "restricted-vendors.csv"),
        Arguments.of(
            "vendors.csv", "append", "huawei,Huawei again,,CN,yes,,", "duplicate vendor_id huawei"),
        Arguments.of("vendors.csv", "append", "acme,Acme", "vendors.csv:"),
        Arguments.of("vendors.csv", "empty", "", "vendors.csv"),
        Arguments.of("vendors.csv", "latin1", "", "vendors.csv"),
        Arguments.of(
            "enterprise-numbers.csv", "append", "4294967296,huawei,definitive,", "4294967296"),
        Arguments.of(
            "sysdescr-rules.csv", "append", "bad-regex,huawei,(unclosed,,definitive,", "bad regex"),
        Arguments.of("sysdescr-rules.csv", "dup-rule", "", "duplicate rule_id"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("brokenConfig")
  void brokenPolicyOrCatalogueFile(String file, String how, String line, String mention)
      throws Exception {
    Path conf =
        copyConfig(files.resolve("conf-" + file + "-" + how + "-" + Math.abs(line.hashCode())));
    Path f = conf.resolve(file);
    switch (how) {
      case "append" -> appendLine(f, line);
      case "empty" -> Files.write(f, new byte[0]);
      case "latin1" ->
          Files.write(
              f, Files.readString(f).concat("# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
      case "dup-rule" -> {
        List<String> rows =
            Files.readAllLines(f).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        appendLine(f, rows.get(1)); // the first rule again
      }
      default -> throw new IllegalArgumentException(how);
    }
    CliRun run = scan("--policy-dir", conf.toString(), "--vendor-dir", conf.toString(), DEVICE);
    assertUsageError(run, file, mention);
  }

  @Test
  void configWithBomCrlfAndQuotedCommasIsFine() throws Exception {
    Path conf = copyConfig(dir.resolve("ok"));
    for (String name : List.of("advisories.csv", "vendors.csv")) {
      Path f = conf.resolve(name);
      String text = Files.readString(f).replace("\r\n", "\n").replace("\n", "\r\n");
      Files.writeString(f, "\uFEFF" + text);
    }
    appendLine(
        conf.resolve("vendors.csv"),
        "acme,\"Acme, Inc.\",\"Acme; Acme Networks\",US,no,,\"note, with comma\"");
    Policy.load(conf);
    assertThat(VendorCatalogue.load(conf).vendor("acme").orElseThrow().name())
        .isEqualTo("Acme, Inc.");
  }

  // ------------------------------------------------------------------ credentials

  @Test
  void emptyCommunityFile() throws Exception {
    Path f = dir.resolve("communities.txt");
    Files.writeString(f, "# none yet\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    assertUsageError(
        scan("--community-file", f.toString(), DEVICE), "communities.txt", "no community");
  }

  @Test
  void emptyCommunityInTheEnvironment() {
    CliRun run =
        CliRun.of(
            Map.of("NETAUDIT_COMMUNITY", "public,,private"),
            "",
            "scan",
            "-p",
            Integer.toString(network.port()),
            DEVICE);
    assertUsageError(run, "NETAUDIT_COMMUNITY", "position 2");
  }

  @Test
  void worldReadableCommunityFileIsRefused() throws Exception {
    Path f = dir.resolve("communities-0644.txt");
    Files.writeString(f, "s3cret\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    assertUsageError(
        scan("--community-file", f.toString(), DEVICE), "communities-0644.txt", "0644");
  }

  @Test
  void worldReadableCredentialsFileIsRefusedWithTheFix() throws Exception {
    Path f = dir.resolve("creds-0644.conf");
    Files.writeString(
        f, "[core]\nversion = 3\nuser = auditor\nauth = SHA\nauth-pass = s3cret-pass\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    CliRun run = scan("--credentials", f.toString(), DEVICE);
    assertUsageError(run, "creds-0644.conf", "0644", "chmod 600 " + f);
    assertThat(run.err()).doesNotContain("s3cret-pass");
  }

  @Test
  void groupReadableCredentialsFileIsRefused() throws Exception {
    Path f = dir.resolve("creds-0640.conf");
    Files.writeString(f, "[legacy]\ncommunity = s3cret\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    assertUsageError(scan("--credentials", f.toString(), DEVICE), "0640", "chmod 600");
  }

  static Stream<Arguments> badCredentialFiles() {
    return Stream.of(
        Arguments.of("user = x\n", "before the first [label]"),
        Arguments.of("[a]\nversion = 4\ncommunity = s3cret-value\n", "version '4'"),
        Arguments.of(
            "[a]\nversion = 3\nuser = u\nauth = SHA1024\nauth-pass = s3cret-value\n", "SHA1024"),
        Arguments.of(
            "[a]\nversion = 3\nuser = u\nauth = SHA\nauth-pass = short\n", "shorter than 8"),
        Arguments.of(
            "[a]\nversion = 3\nuser = u\npriv = AES\npriv-pass = s3cret-value\n",
            "priv needs auth"),
        Arguments.of("[a]\ncommunity = s3cret-value\n[a]\ncommunity = s3cret-value\n", "twice"),
        Arguments.of("[a]\ncolour = s3cret-value\n", "unknown key 'colour'"),
        Arguments.of("# nothing\n", "no profile"));
  }

  @ParameterizedTest
  @MethodSource("badCredentialFiles")
  void badCredentialsFileIsOneLineWithoutTheSecret(String text, String mention) throws Exception {
    Path f = dir.resolve("creds.conf");
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    CliRun run = scan("--credentials", f.toString(), DEVICE);
    assertUsageError(run, "creds.conf", mention);
    assertThat(run.err()).doesNotContain("s3cret-value");
  }
}
