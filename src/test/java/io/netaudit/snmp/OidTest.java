package io.netaudit.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OidTest {

  @Test
  void parsesDottedDecimalWithOneLeadingDotAndSurroundingSpace() {
    assertThat(Oid.parse("1.3.6.1.2.1.1.2.0")).hasToString("1.3.6.1.2.1.1.2.0");
    assertThat(Oid.parse(" .1.3.6.1.4.1.9\t")).isEqualTo(Oid.of(1, 3, 6, 1, 4, 1, 9));
    assertThat(Oid.parse("1.3.6.1.4.1.4294967295").arc(6)).isEqualTo(4_294_967_295L);
    assertThat(Oid.parse("0")).hasToString("0").extracting(Oid::size).isEqualTo(1);
  }

  @ParameterizedTest(name = "''{0}'' {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                     | is empty
          .                      | is empty
          '   '                  | is empty
          ..1.3                  | is malformed
          1.3.                   | is malformed
          1..3                   | is malformed
          1.3.x                  | is malformed
          1.3.-1                 | is malformed
          1.3.+1                 | is malformed
          1.3.99999999999        | is malformed
          1.3.4294967296         | has an arc above 4294967295
          1.3.9999999999         | has an arc above 4294967295
          """)
  void refusesWithTheReason(String text, String reason) {
    assertThatThrownBy(() -> Oid.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(reason);
    assertThat(Oid.tryParse(text)).isEmpty();
  }

  @Test
  void nullIsEmpty() {
    assertThatThrownBy(() -> Oid.parse(null)).hasMessage("is empty");
  }

  /** The enterprise-number cases Identifier's own parser had, now the one rule. */
  @Test
  void enterpriseNumberIsTheArcAfterEnterprises() {
    assertThat(Oid.parse("1.3.6.1.4.1.2011.2.23").enterpriseNumber()).isEqualTo(2011);
    assertThat(Oid.parse(".1.3.6.1.4.1.9").enterpriseNumber()).isEqualTo(9);
    assertThat(Oid.parse("1.3.6.1.4.1.4294967295.1").enterpriseNumber()).isEqualTo(4294967295L);
    assertThat(Oid.parse("1.3.6.1.4.1.2011.2.23").enterprise()).hasValue(2011);
    for (String bad :
        new String[] {
          "1.3.6.1.4.1",
          "0.0",
          "1.3.6.1.4.2.1",
          "1.3.6.1.4.1.x",
          "1.3.6.1.4.1.-1",
          "1.3.6.1.4.1.4294967296",
          "1.3.6",
          ".",
          "1.3.6.1.4.1.9.",
          "1.3.6.1.4.1.99999999999"
        }) {
      assertThat(enterpriseFailure(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
      assertThat(Oid.tryParse(bad).filter(o -> o.enterprise().isPresent())).as(bad).isEmpty();
    }
  }

  @Test
  void enterpriseReasonsFollowTheOid() {
    assertThatThrownBy(() -> Oid.parse("1.3.6.1.2.1").enterpriseNumber())
        .hasMessage("is not under 1.3.6.1.4.1 (enterprises)");
    assertThatThrownBy(() -> Oid.parse("1.3.6.1.4.1").enterpriseNumber())
        .hasMessage("stops at 1.3.6.1.4.1 (no enterprise arc)");
    assertThat(Oid.parse("1.3.6.1.4.1").enterprise()).isEmpty();
    assertThat(Oid.parse("1.3.6.1.2.1.1").enterprise()).isEmpty();
  }

  private static Throwable enterpriseFailure(String oid) {
    try {
      Oid.parse(oid).enterpriseNumber();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void embeddedEnterpriseIsTheFirstAfterTheOwnNumber() {
    assertThat(Oid.parse("1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25").embeddedEnterprise())
        .hasValue(4526);
    assertThat(Oid.parse("1.3.6.1.4.1.89.1.3.6.1.4.1.9.1.3.6.1.4.1.11").embeddedEnterprise())
        .hasValue(9);
    // the sysObjectID's own enterprises arc is not an embedded one, nor a trailing 1.3.6.1.4.1
    assertThat(Oid.parse("1.3.6.1.4.1.9.1.1").embeddedEnterprise()).isEmpty();
    assertThat(Oid.parse("1.3.6.1.4.1.89.1.3.6.1.4.1").embeddedEnterprise()).isEmpty();
  }

  @Test
  void startsWithAppendAndSuffix() {
    Oid entry = Oid.parse("1.3.6.1.2.1.47.1.1.1.1");
    Oid cell = entry.append(13).append(Oid.parse("1001"));
    assertThat(cell).hasToString("1.3.6.1.2.1.47.1.1.1.1.13.1001");
    assertThat(cell.startsWith(entry)).isTrue();
    assertThat(entry.startsWith(entry)).isTrue();
    assertThat(entry.startsWith(cell)).isFalse();
    assertThat(Oid.parse("1.3.6.1.2.1.47.1.1.1.10").startsWith(entry)).isFalse();
    assertThat(cell.suffix(entry.size() + 1)).isEqualTo(Oid.of(1001));
    assertThatThrownBy(() -> cell.suffix(cell.size())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arcsAboveTwoToThe31KeepTheirValueThroughUnsignedInts() {
    Oid big = Oid.of(1, 3, 4_294_967_295L, 2_147_483_648L);
    int[] raw = big.toUnsignedInts();
    assertThat(raw[2]).isEqualTo(-1);
    assertThat(Oid.ofUnsigned(raw)).isEqualTo(big).hasToString("1.3.4294967295.2147483648");
    raw[0] = 7; // a copy: the Oid does not change
    assertThat(big.arc(0)).isEqualTo(1);
    assertThatThrownBy(() -> Oid.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Oid.of()).hasMessage("is empty");
    assertThatThrownBy(() -> Oid.ofUnsigned(new int[0])).hasMessage("is empty");
  }

  @Test
  void equalAndOrderedByArcsUnsigned() {
    assertThat(Oid.parse("1.3.6")).isEqualTo(Oid.of(1, 3, 6)).hasSameHashCodeAs(Oid.of(1, 3, 6));
    assertThat(Oid.parse("1.3.6")).isNotEqualTo(Oid.parse("1.3.6.0"));
    List<Oid> walk = new ArrayList<>();
    for (String s :
        new String[] {"1.3.6.1.10", "1.3.6.1.2", "1.3.6.1", "1.3.6.1.4294967295", "1.3.6.1.2.1"}) {
      walk.add(Oid.parse(s));
    }
    walk.sort(null);
    assertThat(walk)
        .extracting(Oid::toString)
        .containsExactly("1.3.6.1", "1.3.6.1.2", "1.3.6.1.2.1", "1.3.6.1.10", "1.3.6.1.4294967295");
  }
}
