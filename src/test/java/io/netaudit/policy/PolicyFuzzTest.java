package io.netaudit.policy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the policy loader through its public entry point: {@code advisories.csv} is the fuzz
 * input, {@code restricted-vendors.csv} a fixed valid file citing one advisory. The load either
 * succeeds or fails with a one-line PolicyException naming the file.
 */
class PolicyFuzzTest {
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("netaudit-policy-fuzz");
      DIR.toFile().deleteOnExit();
      Files.writeString(
          DIR.resolve(Policy.RULES_FILE),
          "vendor_id,status,scope,advisories,notes\nhuawei,restricted,All,US-NDAA-889,\n",
          StandardCharsets.UTF_8);
      DIR.resolve(Policy.RULES_FILE).toFile().deleteOnExit();
      DIR.resolve(Policy.ADVISORIES_FILE).toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void load(byte[] advisories) throws IOException {
    Files.write(DIR.resolve(Policy.ADVISORIES_FILE), advisories);
    try {
      Policy p = Policy.load(DIR);
      if (p.ruleFor("huawei").isEmpty()) {
        throw new AssertionError("loaded policy lost its rule");
      }
    } catch (PolicyException e) {
      String m = e.getMessage();
      if (m == null || m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
        throw new AssertionError("message must be one line: " + m);
      }
      if (!m.contains(".csv")) {
        throw new AssertionError("message must name the file: " + m);
      }
    }
  }
}
