package io.netaudit.target;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the target grammar. No DNS: host names resolve to 127.0.0.1 when they contain "ok",
 * otherwise fail. Any spec either parses or fails with a one-line TargetSpecException; a parsed set
 * iterates without duplicates and within its announced bound.
 */
class TargetSetFuzzTest {
  private static final HostResolver NO_DNS =
      host -> {
        if (host.contains("ok")) {
          return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        }
        throw new UnknownHostException(host);
      };

  @FuzzTest(maxDuration = "30s")
  void parse(FuzzedDataProvider data) {
    String include = data.consumeString(200);
    String exclude = data.consumeRemainingAsString();
    TargetSet set;
    try {
      set =
          TargetSet.parse(
              List.of(new TargetSpec(include, "fuzz:1")),
              exclude.isEmpty() ? List.of() : List.of(new TargetSpec(exclude, "--exclude")),
              NO_DNS);
    } catch (TargetSpecException e) {
      String m = e.getMessage();
      if (m == null
          || m.isBlank()
          || m.indexOf('\n') >= 0
          || m.indexOf('\r') >= 0
          || m.indexOf('\u001b') >= 0) {
        throw new AssertionError("message must be one clean line: " + m);
      }
      if (!m.contains("fuzz:1") && !m.contains("--exclude")) {
        throw new AssertionError("message must name the origin: " + m);
      }
      return;
    }
    long bound = set.maxSize();
    if (bound < 0) {
      throw new AssertionError("negative size bound " + bound);
    }
    Set<InetAddress> seen = new HashSet<>();
    Iterator<InetAddress> it = set.iterator();
    for (int i = 0; i < 4096 && it.hasNext(); i++) {
      InetAddress a = it.next();
      if (!seen.add(a)) {
        throw new AssertionError("duplicate " + a + " from '" + include + "'");
      }
      if (set.isExcluded(a)) {
        throw new AssertionError("excluded address produced: " + a);
      }
    }
    if (seen.size() > bound) {
      throw new AssertionError(seen.size() + " addresses but maxSize " + bound);
    }
  }
}
