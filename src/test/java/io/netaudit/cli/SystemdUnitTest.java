package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped unit runs as the unprivileged user the .deb creates, and leaves its reports readable
 * by a group: nothing netaudit does needs root.
 */
class SystemdUnitTest {
  private static Map<String, String> service() throws Exception {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("examples/systemd/netaudit.service"))) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        keys.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return keys;
  }

  @Test
  void theServiceRunsAsTheNetauditUserWithGroupReadableReports() throws Exception {
    Map<String, String> unit = service();
    assertThat(unit).containsEntry("User", "netaudit").containsEntry("Group", "netaudit");
    assertThat(unit).containsEntry("StateDirectoryMode", "0750").containsEntry("UMask", "0027");
    assertThat(unit)
        .containsEntry("NoNewPrivileges", "yes")
        .containsEntry("CapabilityBoundingSet", "");
    assertThat(unit.get("ExecStart")).contains("--output-dir /var/lib/netaudit");
    assertThat(unit).doesNotContainKey("DynamicUser");
  }

  @Test
  void theDebCreatesThatUserAndDependsOnAdduser() throws Exception {
    Path postinst = Path.of("src/deb/control/postinst");
    assertThat(Files.isExecutable(postinst)).isTrue();
    String script = Files.readString(postinst);
    assertThat(script)
        .contains("adduser --system")
        .contains("--ingroup netaudit")
        .contains("getent passwd netaudit")
        .contains("-m 0750 /var/lib/netaudit");
    assertThat(Files.readString(Path.of("src/deb/control/control"))).contains(", adduser");
  }
}
