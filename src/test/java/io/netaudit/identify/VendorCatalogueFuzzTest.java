package io.netaudit.identify;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the vendor catalogue loader: one of its three files (chosen by the input) gets the fuzzed
 * bytes, the other two are small valid files. The load succeeds or fails with a one-line
 * VendorCatalogueException of the form "file:line: problem".
 */
class VendorCatalogueFuzzTest {
  private static final Path DIR;
  private static final List<String> FILES =
      List.of(
          VendorCatalogue.VENDORS_FILE,
          VendorCatalogue.ENTERPRISE_FILE,
          VendorCatalogue.RULES_FILE);
  private static final List<String> VALID =
      List.of(
          "vendor_id,name,aliases,country,notes\nhuawei,Huawei,,CN,\nzte,ZTE,,CN,\n",
          "enterprise_number,vendor_id,strength,notes\n2011,huawei,definitive,\n8072,,none,net-snmp\n",
          "rule_id,vendor_id,pattern,unless,strength,notes\nhuawei-vrp,huawei,\\bVRP\\b,,definitive,\n");

  static {
    try {
      DIR = Files.createTempDirectory("netaudit-catalogue-fuzz");
      DIR.toFile().deleteOnExit();
      for (String f : FILES) {
        DIR.resolve(f).toFile().deleteOnExit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void load(FuzzedDataProvider data) throws IOException {
    int which = data.consumeInt(0, 2);
    byte[] fuzzed = data.consumeRemainingAsBytes();
    for (int i = 0; i < 3; i++) {
      Files.write(
          DIR.resolve(FILES.get(i)),
          i == which ? fuzzed : VALID.get(i).getBytes(StandardCharsets.UTF_8));
    }
    try {
      VendorCatalogue c = VendorCatalogue.load(DIR);
      // and the loaded catalogue can be used on hostile text without failing
      new Identifier(c)
          .identify(
              "VRP \u0000\u001b[2J" + new String(fuzzed, StandardCharsets.ISO_8859_1),
              "1.3.6.1.4.1.2011.1");
    } catch (VendorCatalogueException e) {
      String m = e.getMessage();
      if (m == null || m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
        throw new AssertionError("message must be one line: " + m);
      }
      if (!m.matches("(?s).*\\.csv(:\\d+)?:.*")) {
        throw new AssertionError("message must be 'file:line: problem': " + m);
      }
    }
  }
}
