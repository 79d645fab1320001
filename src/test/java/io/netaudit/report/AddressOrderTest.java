package io.netaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AddressOrderTest {
  @Test
  void ipv4NumericallyThenIpv6Numerically() throws UnknownHostException {
    List<InetAddress> addresses = new ArrayList<>();
    for (String a :
        new String[] {
          "2001:db8::1",
          "10.0.0.10",
          "192.168.1.1",
          "::1",
          "10.0.0.9",
          "10.0.0.1",
          "9.255.255.255",
          "2001:db8::"
        }) {
      addresses.add(InetAddress.getByName(a));
    }

    addresses.sort(new AddressOrder());

    assertThat(addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.toList()))
        .containsExactly(
            "9.255.255.255",
            "10.0.0.1",
            "10.0.0.9",
            "10.0.0.10",
            "192.168.1.1",
            "0:0:0:0:0:0:0:1",
            "2001:db8:0:0:0:0:0:0",
            "2001:db8:0:0:0:0:0:1");
  }
}
