package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remembered answers: computed once per input while it is recent, at most capacity of them. */
class TextMemoTest {
  private final List<String> computed = new ArrayList<>();

  /** Remembers two lengths, noting each computation. */
  private final TextMemo<String, Integer> memo =
      new TextMemo<>(
          2,
          s -> {
            computed.add(s);
            return s.length();
          });

  @Test
  void computesEachInputOnceWhileItIsRemembered() {
    assertThat(memo.get("Huawei")).isEqualTo(6);
    assertThat(memo.get("Huawei")).isEqualTo(6);
    assertThat(memo.get("ZTE")).isEqualTo(3);
    assertThat(computed).containsExactly("Huawei", "ZTE");
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    memo.get("a");
    memo.get("bb");
    memo.get("a"); // a is now the most recent
    memo.get("ccc"); // bb goes
    memo.get("a");
    memo.get("bb");
    assertThat(computed).containsExactly("a", "bb", "ccc", "bb");
  }
}
