package io.netaudit.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetSetTest {
  private static final String ORIGIN = "hosts.txt:4";

  private final FakeResolver resolver =
      new FakeResolver()
          .with("host.example", 192, 0, 2, 10)
          .with("gw.example", 10, 0, 0, 1)
          .with("net.example", 10, 9, 8, 7)
          .with("v6.example", 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x42);

  private TargetSet parse(List<String> includes, List<String> excludes) throws TargetSpecException {
    return TargetSet.parse(specs(includes, ORIGIN), specs(excludes, "--exclude"), resolver);
  }

  private TargetSet parse(String... includes) throws TargetSpecException {
    return parse(Arrays.asList(includes), List.of());
  }

  private static List<TargetSpec> specs(List<String> texts, String origin) {
    return texts.stream().map(t -> new TargetSpec(t, origin)).collect(Collectors.toList());
  }

  private static List<String> expand(TargetSet set) {
    List<String> out = new ArrayList<>();
    for (InetAddress a : set) {
      out.add(a.getHostAddress());
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1} addresses {2}..{3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.0.0.1                 | 1    | 10.0.0.1          | 10.0.0.1
          ' 10.0.0.1 '             | 1    | 10.0.0.1          | 10.0.0.1
          10.0.0.0/24              | 256  | 10.0.0.0          | 10.0.0.255
          10.0.0.5/24              | 256  | 10.0.0.0          | 10.0.0.255
          10.0.0.7/32              | 1    | 10.0.0.7          | 10.0.0.7
          10.0.0.7/31              | 2    | 10.0.0.6          | 10.0.0.7
          10.1.0-3.1-254           | 1016 | 10.1.0.1          | 10.1.3.254
          192.168.3-5,7.1          | 4    | 192.168.3.1       | 192.168.7.1
          10.0.0.1,5,9             | 3    | 10.0.0.1          | 10.0.0.9
          10.0.0.254-              | 2    | 10.0.0.254        | 10.0.0.255
          10.0.0.*                 | 256  | 10.0.0.0          | 10.0.0.255
          10.0.0.-                 | 256  | 10.0.0.0          | 10.0.0.255
          255.255.255.254/31       | 2    | 255.255.255.254   | 255.255.255.255
          ::1                      | 1    | 0:0:0:0:0:0:0:1   | 0:0:0:0:0:0:0:1
          [::1]                    | 1    | 0:0:0:0:0:0:0:1   | 0:0:0:0:0:0:0:1
          ::                       | 1    | 0:0:0:0:0:0:0:0   | 0:0:0:0:0:0:0:0
          fe80::1                  | 1    | fe80:0:0:0:0:0:0:1 | fe80:0:0:0:0:0:0:1
          2001:db8::5              | 1    | 2001:db8:0:0:0:0:0:5 | 2001:db8:0:0:0:0:0:5
          2001:DB8::A              | 1    | 2001:db8:0:0:0:0:0:a | 2001:db8:0:0:0:0:0:a
          1:2:3:4:5:6:7:8          | 1    | 1:2:3:4:5:6:7:8   | 1:2:3:4:5:6:7:8
          1:2:3:4:5:6:7::          | 1    | 1:2:3:4:5:6:7:0   | 1:2:3:4:5:6:7:0
          ::2:3:4:5:6:7:8          | 1    | 0:2:3:4:5:6:7:8   | 0:2:3:4:5:6:7:8
          ::ffff:1.2.3.4           | 1    | 0:0:0:0:0:ffff:102:304 | 0:0:0:0:0:ffff:102:304
          2001:db8::/126           | 4    | 2001:db8:0:0:0:0:0:0 | 2001:db8:0:0:0:0:0:3
          2001:db8::7/126          | 4    | 2001:db8:0:0:0:0:0:4 | 2001:db8:0:0:0:0:0:7
          [2001:db8::]/127         | 2    | 2001:db8:0:0:0:0:0:0 | 2001:db8:0:0:0:0:0:1
          ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/127 | 2 | ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
          host.example             | 1    | 192.0.2.10        | 192.0.2.10
          net.example/30           | 4    | 10.9.8.4          | 10.9.8.7
          v6.example/127           | 2    | 2001:db8:0:0:0:0:0:42 | 2001:db8:0:0:0:0:0:43
          """)
  void validSpecExpands(String text, long size, String first, String last) throws Exception {
    TargetSet set = parse(text);
    List<String> all = expand(set);
    assertThat(set.maxSize()).isEqualTo(size);
    assertThat(all).hasSize((int) size).doesNotHaveDuplicates();
    assertThat(all.get(0)).isEqualTo(first);
    assertThat(all.get(all.size() - 1)).isEqualTo(last);
  }

  @Test
  void ipv4AndIpv6AreTheRightInetAddressTypes() throws Exception {
    List<InetAddress> all = new ArrayList<>();
    parse("10.0.0.1", "::ffff:10.0.0.1", "2001:db8::1").forEach(all::add);
    assertThat(all).hasSize(3);
    assertThat(all.get(0)).isInstanceOf(Inet4Address.class);
    // An IPv4-mapped literal stays IPv6 and is not a duplicate of the IPv4 address.
    assertThat(all.get(1)).isInstanceOf(Inet6Address.class);
    assertThat(all.get(2)).isInstanceOf(Inet6Address.class);
  }

  @Test
  void commaListOfTargetsKeepsSpecOrder() throws Exception {
    assertThat(expand(parse("10.0.0.5,10.0.0.1,host.example")))
        .containsExactly("10.0.0.5", "10.0.0.1", "192.0.2.10");
    assertThat(expand(parse("::1,10.0.0.1-2")))
        .containsExactly("0:0:0:0:0:0:0:1", "10.0.0.1", "10.0.0.2");
  }

  @Test
  void slashEightIsLazyAndComplete() throws Exception {
    TargetSet set = parse("10.0.0.0/8");
    assertThat(set.maxSize()).isEqualTo(16_777_216L);
    long count = 0;
    InetAddress first = null;
    InetAddress last = null;
    for (InetAddress a : set) {
      if (first == null) {
        first = a;
      }
      last = a;
      count++;
    }
    assertThat(count).isEqualTo(16_777_216L);
    assertThat(first).isInstanceOf(Inet4Address.class);
    assertThat(first.getHostAddress()).isEqualTo("10.0.0.0");
    assertThat(last.getHostAddress()).isEqualTo("10.255.255.255");
  }

  @Test
  void wholeIpv4SpaceHasExactSizeAndStartsImmediately() throws Exception {
    TargetSet set = parse("0.0.0.0/0", "1.2.3.4/0");
    assertThat(set.maxSize()).isEqualTo(2L * (1L << 32));
    Iterator<InetAddress> it = set.iterator();
    assertThat(it.next().getHostAddress()).isEqualTo("0.0.0.0");
    assertThat(it.next().getHostAddress()).isEqualTo("0.0.0.1");
  }

  @Test
  void ipv6SlashNinetySixIsAllowed() throws Exception {
    TargetSet set = parse("2001:db8::/96");
    assertThat(set.maxSize()).isEqualTo(1L << 32);
    assertThat(set.iterator().next().getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:0");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.0.0.1 10.0.0.1                       | 10.0.0.1
          10.0.0.0/30 10.0.0.2-5                  | 10.0.0.0 10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5
          10.0.0.2-5 10.0.0.0/30                  | 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5 10.0.0.0 10.0.0.1
          10.0.0.1,3 gw.example 10.0.0.1-4        | 10.0.0.1 10.0.0.3 10.0.0.2 10.0.0.4
          ::1 [::1] 0:0:0:0:0:0:0:1/128           | 0:0:0:0:0:0:0:1
          2001:db8::/127 2001:db8::/126           | 2001:db8:0:0:0:0:0:0 2001:db8:0:0:0:0:0:1 2001:db8:0:0:0:0:0:2 2001:db8:0:0:0:0:0:3
          """)
  void overlappingSpecsYieldEachAddressOnce(String includes, String expected) throws Exception {
    TargetSet set = parse(includes.split(" "));
    assertThat(expand(set)).containsExactly(expected.split(" "));
  }

  @Test
  void maxSizeCountsOverlapsButIterationDoesNot() throws Exception {
    TargetSet set = parse("10.0.0.0/24", "10.0.0.0/25");
    assertThat(set.maxSize()).isEqualTo(384);
    assertThat(expand(set)).hasSize(256);
  }

  @ParameterizedTest(name = "{0} minus {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.0.0.0/24    | 10.0.0.0/25               | 128
          10.0.0.0/24    | 10.0.0.1-10               | 246
          10.0.0.0/24    | gw.example                | 255
          10.0.0.0/24    | 10.0.0.0,255              | 254
          10.0.0.0/24    | 10.0.0.0 10.0.0.255       | 254
          10.0.0.0/24    | 10.0.0.*                  | 0
          10.0.0.0/24    | 0.0.0.0/0                 | 0
          10.0.0.0/24    | 10.0.1.0/24 ::1           | 256
          10.1-2.0.0-9   | 10.2.0.0/24               | 10
          2001:db8::/126 | 2001:db8::2               | 3
          2001:db8::/126 | 10.0.0.0/0                | 4
          10.0.0.0/12    | 10.8.0.0/13               | 524288
          """)
  void excludesAreSkipped(String include, String excludes, int expected) throws Exception {
    TargetSet set = parse(List.of(include), Arrays.asList(excludes.split(" ")));
    List<String> all = expand(set);
    assertThat(all).hasSize(expected);
    for (InetAddress a : set) {
      assertThat(set.isExcluded(a)).isFalse();
    }
  }

  @Test
  void isExcludedAnswersForAnyAddress() throws Exception {
    TargetSet set = parse(List.of("10.0.0.0/24"), List.of("10.0.0.0/25", "gw.example", "::1"));
    assertThat(set.isExcluded(InetAddress.getByAddress(new byte[] {10, 0, 0, 5}))).isTrue();
    assertThat(set.isExcluded(InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) 200})))
        .isFalse();
    byte[] loopback6 = new byte[16];
    loopback6[15] = 1;
    assertThat(set.isExcluded(InetAddress.getByAddress(loopback6))).isTrue();
    assertThat(set.isExcluded(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))).isFalse();
  }

  @Test
  void hostNamesAreResolvedOnceAtParseTime() throws Exception {
    TargetSet set =
        parse(List.of("gw.example", "gw.example/31", "host.example"), List.of("gw.example"));
    assertThat(resolver.calls("gw.example")).isEqualTo(1);
    assertThat(resolver.calls("host.example")).isEqualTo(1);
    assertThat(expand(set)).containsExactly("10.0.0.0", "192.0.2.10");
    expand(set);
    assertThat(resolver.calls("gw.example")).isEqualTo(1);
  }

  @Test
  void iteratorsAreIndependentAndFinish() throws Exception {
    TargetSet set = parse("10.0.0.1-2");
    Iterator<InetAddress> a = set.iterator();
    Iterator<InetAddress> b = set.iterator();
    assertThat(a.next().getHostAddress()).isEqualTo("10.0.0.1");
    assertThat(b.next().getHostAddress()).isEqualTo("10.0.0.1");
    assertThat(a.next().getHostAddress()).isEqualTo("10.0.0.2");
    assertThat(a.hasNext()).isFalse();
    assertThat(a.hasNext()).isFalse();
    assertThatThrownBy(a::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void emptyIncludeListIsAnEmptySet() throws Exception {
    TargetSet set = parse();
    assertThat(set.maxSize()).isZero();
    assertThat(set.iterator().hasNext()).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      // JUnit 6's CSV reader takes a quote only around a whole value: the reasons quote with ',
      // so the values that need quoting (the empty one, a leading comma) use ".
      quoteCharacter = '"',
      textBlock =
          """
          10.0.0.256               | octet 256 is not in 0-255
          10.0.0.300               | octet 300 is not in 0-255
          10.0.0.1000              | octet 1000 is not in 0-255
          10.0.0.0/33              | prefix length 33 is not in 0-32
          10.0.0.0/                | missing prefix length
          10.0.0.0/x               | prefix length 'x' is not a number
          /24                      | missing address
          10.0.0.9-3               | range 9-3 is reversed
          10.0.0.-1                | looks like a negative octet; write the range as 0-1
          010.1.1.1                | octet 010 has a leading zero
          10.0.0.1-2-3             | '1-2-3' is not a number or range
          10.0.0.1*                | '1*' is not a number
          10..0.1                  | field 2 is empty
          1.2.3                    | 4 dot-separated fields, found 3
          1.2.3.4.5                | 4 dot-separated fields, found 5
          10.0-1.0                 | 4 dot-separated fields, found 3
          10.0.0.1-5/24            | cannot be combined with a /prefix
          ::g                      | 'g' is not a 1-4 digit hex group
          12345::                  | '12345' is not a 1-4 digit hex group
          1::2::3                  | '::' may appear only once
          1:2:3:4:5:6:7:8:9        | 8 groups
          1:2:3:4:5:6:7            | has 8 groups, found 7
          1:2:3:4:5:6:7:8::        | too many groups
          :1::                     | empty group
          fe80::1%eth0             | zone ids
          ::1.2.3                  | 4 dot-separated fields, found 3
          [10.0.0.1]               | brackets are only for IPv6
          [::1                     | unbalanced
          2001:db8::/64            | too many addresses
          2001:db8::/95            | too many addresses
          ::1/129                  | prefix length 129 is not in 0-128
          v6.example/64            | too many addresses
          host.example/33          | prefix length 33 is not in 0-32
          ""                       | empty target
          host_with_underscore!    | '_' is not allowed in a host name
          -host.example            | starts or ends with '-'
          a..example               | empty label
          10.0.0.1,                | empty item
          ",10.0.0.1"              | empty item
          10.0.0.1,,10.0.0.2       | empty item
          10.0.0.1,host_x          | '_' is not allowed in a host name
          10.0.0.1,1.2.3           | found 3
          """)
  void badSpecsNameTextOriginAndReason(String text, String reason) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(TargetSpecException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("(" + ORIGIN + ")")
        .hasMessageContaining(reason)
        .hasMessageStartingWith("invalid target ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void blankSpecIsEmptyTarget() {
    assertThatThrownBy(() -> parse("   "))
        .hasMessage("invalid target '' (hosts.txt:4): empty target");
  }

  @Test
  void badPieceOfCommaListIsNamedWithWholeSpec() {
    assertThatThrownBy(() -> parse("10.0.0.1,host_x"))
        .hasMessage(
            "invalid target 'host_x' in '10.0.0.1,host_x' (hosts.txt:4): "
                + "'_' is not allowed in a host name");
  }

  @Test
  void messageMatchesDocumentedFormat() {
    assertThatThrownBy(() -> parse("10.0.0.300"))
        .hasMessage("invalid target '10.0.0.300' (hosts.txt:4): octet 300 is not in 0-255");
  }

  @Test
  void surroundingWhitespaceIsNotPartOfTheQuotedText() {
    assertThatThrownBy(() -> parse("  10.0.0.300 "))
        .hasMessage("invalid target '10.0.0.300' (hosts.txt:4): octet 300 is not in 0-255");
  }

  @Test
  void unresolvableHostNamesTextAndOrigin() {
    assertThatThrownBy(() -> parse("nope.example"))
        .isInstanceOf(TargetSpecException.class)
        .hasMessage("cannot resolve host 'nope.example' (hosts.txt:4)");
    assertThatThrownBy(() -> parse("nope.example/24"))
        .hasMessage("cannot resolve host 'nope.example' (hosts.txt:4)");
  }

  @Test
  void badExcludeNamesItsOrigin() {
    assertThatThrownBy(() -> parse(List.of("10.0.0.0/24"), List.of("10.0.0.0/40")))
        .hasMessage("invalid target '10.0.0.0/40' (--exclude): prefix length 40 is not in 0-32");
    assertThatThrownBy(() -> parse(List.of("10.0.0.0/24"), List.of("nope.example")))
        .hasMessage("cannot resolve host 'nope.example' (--exclude)");
  }

  @Test
  void controlCharactersCannotBreakTheOneLineMessage() {
    assertThatThrownBy(() -> parse("bad\nhost\u001b[2J"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u001b"))
        .hasMessageContaining("(hosts.txt:4)");
  }
}
