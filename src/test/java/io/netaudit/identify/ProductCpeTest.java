package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CPE names of a model and its firmware, NVD's way: h:vendor:model, o:vendor:model_firmware. */
class ProductCpeTest {
  private final Identifier identifier = new Identifier(Signals.CATALOGUE);

  @Test
  void aKnownMakerAndModelHaveHardwareAndFirmwareNames() {
    Optional<String> dahua = identifier.nvdVendor(Signals.CATALOGUE.vendor("dahua"));
    assertThat(ProductCpe.hardware(dahua, "IPC-HDW5831R-ZE"))
        .contains("cpe:2.3:h:dahuasecurity:ipc-hdw5831r-ze:*:*:*:*:*:*:*:*");
    assertThat(ProductCpe.firmware(dahua, "IPC-HDW5831R-ZE", "V2.800.0000000.16.R"))
        .contains(
            "cpe:2.3:o:dahuasecurity:ipc-hdw5831r-ze_firmware:v2.800.0000000.16.r:*:*:*:*:*:*:*");
  }

  @Test
  void noNameWithoutAnNvdVendorAModelOrAFirmwareVersion() {
    Optional<String> huawei = identifier.nvdVendor(Signals.CATALOGUE.vendor("huawei"));
    assertThat(ProductCpe.hardware(huawei, "")).isEmpty();
    assertThat(ProductCpe.firmware(huawei, "", "V200R011")).isEmpty();
    assertThat(ProductCpe.firmware(huawei, "S5720", "")).isEmpty();
    // A maker the catalogue has no NVD name for (left empty rather than guessed).
    Optional<String> none = identifier.nvdVendor(Signals.CATALOGUE.vendor("hytera"));
    assertThat(none).isEmpty();
    assertThat(ProductCpe.hardware(none, "PD985")).isEmpty();
    assertThat(identifier.nvdVendor(Optional.empty())).isEmpty();
  }
}
