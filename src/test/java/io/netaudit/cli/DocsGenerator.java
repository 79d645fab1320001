package io.netaudit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (exec-maven-plugin, prepare-package; test scope so picocli-codegen stays out of the
 * shipped jar): writes the bash completion, a zsh wrapper of it, and the AsciiDoc man pages that
 * asciidoctor turns into netaudit.1, netaudit-scan.1, ... and netaudit.conf.5,
 * netaudit-credentials.5 ({@link ManPageSections}). All come from the same command tree as --help,
 * so they cannot drift.
 */
public final class DocsGenerator {
  private DocsGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    PrintStream nowhere =
        new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    CommandLine cl =
        Cli.tree(new CliContext(nowhere, nowhere, System.in, Map.of(), Clock.systemUTC()));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));

    Path completion = out.resolve("completion");
    Files.createDirectories(completion);
    String bash = AutoComplete.bash("netaudit", cl);
    Files.writeString(completion.resolve("netaudit"), bash);
    Files.writeString(
        completion.resolve("netaudit.zsh"),
        "# netaudit completion for zsh: source this file from ~/.zshrc\n"
            + "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
            + bash);

    Path adoc = out.resolve("adoc");
    Files.createDirectories(adoc);
    int rc =
        ManPageGenerator.generateManPage(
            adoc.toFile(), null, new boolean[0], true, cl.getCommandSpec());
    if (rc != 0) {
      throw new IOException("ManPageGenerator failed: " + rc);
    }
    Path sections = args.length > 1 ? Path.of(args[1]) : Path.of("src", "dist", "man");
    ManPageSections.complete(adoc, sections, cl);
  }
}
