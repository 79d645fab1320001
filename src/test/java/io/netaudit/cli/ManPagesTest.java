package io.netaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsciiDoc sources of the man pages, as the build writes them (DocsGenerator): every command's
 * page has the sections a man reader looks for, and the two file formats have pages of their own.
 */
class ManPagesTest {
  @TempDir Path out;

  private List<Path> generate() throws IOException {
    DocsGenerator.main(new String[] {out.toString(), Path.of("src", "dist", "man").toString()});
    try (Stream<Path> files = Files.list(out.resolve("adoc"))) {
      return files.sorted().toList();
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void everyCommandPageHasExamplesEnvironmentFilesSeeAlsoAndExitStatus() throws IOException {
    List<Path> pages = generate();
    List<String> commandPages =
        pages.stream()
            .map(p -> p.getFileName().toString())
            .filter(n -> !n.matches(".*\\.5\\.adoc"))
            .toList();
    assertThat(commandPages)
        .contains(
            "netaudit.adoc",
            "netaudit-scan.adoc",
            "netaudit-check-config.adoc",
            "netaudit-demo.adoc",
            "netaudit-diff.adoc",
            "netaudit-policy.adoc");
    for (String name : commandPages) {
      String page = read(out.resolve("adoc").resolve(name));
      assertThat(page)
          .as(name)
          .contains(
              "== Exit status",
              "== Examples",
              "== Environment",
              "== Files",
              "== See also",
              "*netaudit.conf*(5)",
              "NETAUDIT_LOCK_DIR")
          .doesNotContain("Exit codes:");
      // The footer stays last: the added sections go before it, not after the end tag.
      assertThat(page.indexOf("== See also"))
          .as(name)
          .isLessThan(page.indexOf(ManPageSections.FOOTER));
    }
  }

  @Test
  void configFilePageListsEveryKeyWithItsFlag() throws IOException {
    generate();
    String conf = read(out.resolve("adoc/netaudit.conf.5.adoc"));
    assertThat(conf)
        .startsWith(":doctype: manpage")
        .contains("= netaudit.conf(5)", "*timeout* = _", "(flag: *--timeout*)")
        .contains("*credentials* = _FILE_", "*exclude* = _", "*log-level* = _")
        .doesNotContain("// KEYS", "{netaudit-version}", "Default: `null`", "Default: `[]`");
    String creds = read(out.resolve("adoc/netaudit-credentials.5.adoc"));
    assertThat(creds)
        .contains("= netaudit-credentials(5)", "*auth-pass*::", "[core-v3]")
        .doesNotContain("{netaudit-version}");
  }

  @Test
  void aCommandWithoutExamplesFailsTheBuild() throws IOException {
    Path sources = out.resolve("sources");
    Files.createDirectories(sources);
    try (Stream<Path> files = Files.list(Path.of("src", "dist", "man"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("netaudit-diff.examples.adoc")) {
          Files.copy(f, sources.resolve(f.getFileName()));
        }
      }
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                DocsGenerator.main(
                    new String[] {out.resolve("gen").toString(), sources.toString()}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("netaudit-diff");
  }
}
