package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive and the .deb (built by the dist profile, whose failsafe configuration names
 * them; skipped under -Dquick, which builds neither) ship the project's own CycloneDX SBOM, the
 * section-5 man pages, and an SBOM that lists what the jar contains and no test tool.
 */
class PackagesIT {
  @TempDir Path tmp;

  private static Path built(String property) {
    String file = System.getProperty(property);
    assumeTrue(file != null, "the dist profile did not run (-Dquick)");
    Path p = Path.of(file);
    assertThat(p).as(property).isRegularFile();
    return p;
  }

  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }

  @Test
  void releaseArchiveShipsTheSbomAndSectionFivePages() throws Exception {
    Path archive = built("netaudit.archive");
    String top = "netaudit-" + System.getProperty("netaudit.version");
    List<String> entries = run(tmp, "tar", "tzf", archive.toString()).lines().toList();
    assertThat(entries)
        .contains(
            top + "/netaudit.cdx.json",
            top + "/man/man5/netaudit.conf.5",
            top + "/man/man5/netaudit-credentials.5",
            top + "/man/man1/netaudit-scan.1");
    run(tmp, "tar", "xzf", archive.toString(), top + "/netaudit.cdx.json");
    checkSbom(tmp.resolve(top).resolve("netaudit.cdx.json"));
  }

  @Test
  void releaseLauncherMakesItsArchiveAndRemovesArchivesOverThirtyDaysOld() throws Exception {
    Path archive = built("netaudit.archive");
    String top = "netaudit-" + System.getProperty("netaudit.version");
    run(tmp, "tar", "xzf", archive.toString());
    Path cache = tmp.resolve("cache/netaudit");
    java.nio.file.Files.createDirectories(cache);
    Path leftover = cache.resolve("netaudit-1700000000.123-cds.jsa");
    Path otherInstall = cache.resolve("netaudit-1790000000.456-static.jsa");
    Path unrelated = cache.resolve("notes.txt");
    for (Path p : List.of(leftover, otherInstall, unrelated)) {
      java.nio.file.Files.writeString(p, "x");
    }
    java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(40));
    java.nio.file.Files.setLastModifiedTime(
        leftover, java.nio.file.attribute.FileTime.from(longAgo));
    java.nio.file.Files.setLastModifiedTime(
        unrelated, java.nio.file.attribute.FileTime.from(longAgo));

    ProcessBuilder launcher =
        new ProcessBuilder(tmp.resolve(top).resolve("bin/netaudit").toString(), "--version")
            .redirectErrorStream(true);
    launcher.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    Process p = launcher.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();

    assertThat(out).startsWith("netaudit ");
    assertThat(leftover).as("an archive made over 30 days ago").doesNotExist();
    assertThat(otherInstall).as("another install's recent archive").exists();
    assertThat(unrelated).as("only archives are removed").exists();
    try (var files = java.nio.file.Files.list(cache)) {
      assertThat(
              files.filter(
                  f ->
                      f.getFileName().toString().endsWith("static.jsa") && !f.equals(otherInstall)))
          .as("this install's archive, made by the training run")
          .singleElement()
          .satisfies(f -> assertThat(java.nio.file.Files.size(f)).isPositive());
    }
  }

  @Test
  void debShipsTheSbomAndSectionFivePages() throws Exception {
    Path deb = built("netaudit.deb");
    List<String> entries = new ArrayList<>();
    for (String line : run(tmp, "dpkg-deb", "-c", deb.toString()).lines().toList()) {
      entries.add(line.substring(line.lastIndexOf(' ') + 1));
    }
    assertThat(entries)
        .contains(
            "./usr/share/doc/netaudit/netaudit.cdx.json",
            "./usr/share/man/man5/netaudit.conf.5",
            "./usr/share/man/man5/netaudit-credentials.5");
    run(tmp, "dpkg-deb", "-x", deb.toString(), tmp.resolve("root").toString());
    checkSbom(tmp.resolve("root/usr/share/doc/netaudit/netaudit.cdx.json"));
  }

  private static void checkSbom(Path sbom) throws IOException {
    JsonNode bom = new ObjectMapper().readTree(sbom.toFile());
    assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(bom.path("specVersion").asText()).isEqualTo("1.6");
    JsonNode self = bom.path("metadata").path("component");
    assertThat(self.path("name").asText()).isEqualTo("netaudit");
    assertThat(self.path("type").asText()).isEqualTo("application");
    List<String> purls = new ArrayList<>();
    bom.path("components").forEach(c -> purls.add(c.path("purl").asText()));
    assertThat(purls)
        .anyMatch(
            p ->
                p.startsWith(
                    "pkg:maven/ch.qos.logback/logback-classic@"
                        + System.getProperty("logback.version")))
        .anyMatch(p -> p.startsWith("pkg:maven/org.snmp4j/snmp4j@"))
        .anyMatch(p -> p.startsWith("pkg:maven/info.picocli/picocli@"))
        .noneMatch(p -> p.contains("junit") || p.contains("assertj") || p.contains("jazzer"));
  }
}
