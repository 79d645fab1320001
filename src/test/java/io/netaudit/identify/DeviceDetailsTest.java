package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.Oid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceDetailsTest {
  private final DeviceDetails details = new DeviceDetails(Signals.CATALOGUE);

  @Test
  void identityObjectsFirst() {
    Observations o =
        Observations.builder()
            .text(Oid.parse("1.3.6.1.4.1.39165.1.1.0"), " DS-2CD2185FWD-I\0")
            .text(Oid.parse("1.3.6.1.4.1.39165.1.3.0"), "V5.5.3 build 171025")
            .build();
    assertThat(details.model(o)).hasValue("DS-2CD2185FWD-I");
    assertThat(details.firmware(o)).hasValue("V5.5.3 build 171025");
    assertThat(details.serial(o)).isEmpty();
  }

  @Test
  void elseTheChassisRow() {
    Observations o =
        TestObservations.of(
            "",
            "",
            Map.of(),
            List.of(
                new EntityRow(1, 3, 0, "", "", "", "1.0", "", "SN1", "Cisco", "C9300"),
                new EntityRow(2, 10, 1, "", "", "", "", "9.9", "SN2", "", "SFP")),
            List.of(),
            Optional.empty());
    assertThat(details.model(o)).hasValue("C9300");
    assertThat(details.firmware(o)).as("software, else firmware revision").hasValue("1.0");
    assertThat(details.serial(o)).hasValue("SN1");
    assertThat(details.model(Observations.of("", ""))).isEmpty();
  }
}
