package io.netaudit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTextTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2001:db8:0:0:0:0:0:1, 2001:db8::1",
    "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
    "0:0:0:0:0:0:0:1, ::1",
    "0:0:0:0:0:0:0:0, ::",
    "fe80:0:0:0:0:0:0:0, fe80::",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1", // one zero group is not shortened (4.2.2)
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1", // the longest run (4.2.3)
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", // the first of equal runs
    "2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff, 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff",
    "10.0.0.1, 10.0.0.1",
    "127.77.0.23, 127.77.0.23"
  })
  void rfc5952(String literal, String expected) throws Exception {
    assertThat(AddressText.of(InetAddress.getByName(literal))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void nullIsEmptyAndAScopeIsKept() throws Exception {
    assertThat(AddressText.of(null)).isEmpty();
    java.net.Inet6Address scoped =
        java.net.Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 3);
    assertThat(AddressText.of(scoped)).isEqualTo("fe80::1%3");
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xFF;
    mapped[11] = (byte) 0xFF;
    mapped[12] = 1;
    mapped[15] = 4;
    assertThat(AddressText.of(java.net.Inet6Address.getByAddress(null, mapped, -1)))
        .isEqualTo("::ffff:1.0.0.4");
  }
}
