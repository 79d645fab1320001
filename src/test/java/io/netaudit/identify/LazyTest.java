package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Built-in data parsed once, on first use; a failure names the broken part. */
class LazyTest {
  @Test
  void parsesOnFirstUseOnly() {
    AtomicInteger loads = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>("table", () -> "parsed #" + loads.incrementAndGet());
    assertThat(lazy.peek()).as("nothing parsed yet").isNull();
    assertThat(loads).hasValue(0);
    assertThat(lazy.get()).isEqualTo("parsed #1");
    assertThat(lazy.get()).isEqualTo("parsed #1");
    assertThat(lazy.peek()).isEqualTo("parsed #1");
    assertThat(loads).hasValue(1);
  }

  @Test
  void aFailureIsABrokenBuildNamingThePart() {
    Lazy<String> lazy =
        new Lazy<>(
            "Recog fingerprints",
            () -> {
              throw new VendorCatalogueException("recog/snmp_sysdescr.xml:3: not well-formed XML");
            });
    assertThatThrownBy(lazy::get)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "built-in Recog fingerprints cannot be read (a broken build): "
                + "recog/snmp_sysdescr.xml:3: not well-formed XML");
  }

  @Test
  void aValueThatIsThereAlready() {
    assertThat(Lazy.of("x").peek()).isEqualTo("x");
  }
}
