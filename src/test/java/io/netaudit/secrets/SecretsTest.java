package io.netaudit.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A run's registry of secrets: every spelling a log line could show, and nothing of another's. */
class SecretsTest {
  @Test
  void masksTheTextAndItsHexSpellingsLongestFirst() {
    Secrets secrets = new Secrets();
    secrets.register("n0c-r3ad".getBytes(StandardCharsets.UTF_8));
    secrets.register("n0c-r3ad-more".getBytes(StandardCharsets.UTF_8));
    assertThat(secrets.mask("community=n0c-r3ad-more, then n0c-r3ad"))
        .isEqualTo("community=<masked>, then <masked>");
    assertThat(secrets.mask("6e30632d72336164 / 6E:30:63:2D:72:33:61:64"))
        .isEqualTo("<masked> / <masked>");
    assertThat(secrets.contains("nothing here")).isFalse();
  }

  @Test
  void tooShortOrEmptySecretsAreNotMaskedSoWordsSurvive() {
    Secrets secrets = new Secrets();
    secrets.register("pub".getBytes(StandardCharsets.UTF_8));
    secrets.register(new byte[0]);
    secrets.register(null);
    assertThat(secrets.isEmpty()).as("'pub' is too short, but its hex is not").isFalse();
    assertThat(secrets.mask("public")).isEqualTo("public");
  }

  @Test
  void registriesAreIndependent() {
    Secrets one = new Secrets();
    Secrets other = new Secrets();
    one.register("canary-one".getBytes(StandardCharsets.UTF_8));
    assertThat(other.contains("canary-one")).isFalse();
    assertThat(other.isEmpty()).isTrue();
  }
}
