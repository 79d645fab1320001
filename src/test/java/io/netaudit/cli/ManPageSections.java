package io.netaudit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Build step of {@link DocsGenerator}: gives every generated man page the sections picocli does not
 * write (EXAMPLES from {@code src/dist/man/<page>.examples.adoc}, ENVIRONMENT and FILES from {@code
 * environment-and-files.adoc}, SEE ALSO from the command tree, EXIT STATUS under its usual name),
 * and writes the section-5 pages: {@code netaudit.conf(5)}, whose key list comes from the command
 * tree (the keys a config file accepts, with their defaults), and {@code netaudit-credentials(5)}.
 */
final class ManPageSections {
  static final String FOOTER = "// tag::picocli-generated-man-section-footer[]";
  static final List<String> SECTION5 = List.of("netaudit.conf.5", "netaudit-credentials.5");

  private ManPageSections() {}

  static void complete(Path adoc, Path sources, CommandLine root) throws IOException {
    String shared = read(sources.resolve("environment-and-files.adoc"));
    List<String> pages = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(adoc, "netaudit*.adoc")) {
      for (Path f : files) {
        String page = f.getFileName().toString().replaceFirst("\\.adoc$", "");
        if (!SECTION5.contains(page)) { // written below; left from an earlier build in target/
          pages.add(page);
        }
      }
    }
    for (String page : pages) {
      Path file = adoc.resolve(page + ".adoc");
      String text = read(file).replaceFirst("(?m)^==\\s+Exit codes:\\s*$", "== Exit status");
      if (!text.contains("== Exit status")) {
        throw new IOException(page + ": no exit codes (add exitCodeList to its @Command)");
      }
      Path examples = sources.resolve(page + ".examples.adoc");
      if (!Files.exists(examples)) {
        throw new IOException(page + ": no " + examples);
      }
      String extra = read(examples) + "\n" + shared + "\n" + seeAlso(page, pages) + "\n";
      Files.writeString(file, text.replace(FOOTER, extra + FOOTER), StandardCharsets.UTF_8);
    }
    String version = VersionProvider.version();
    Files.writeString(
        adoc.resolve("netaudit.conf.5.adoc"),
        read(sources.resolve("netaudit.conf.5.adoc"))
            .replace("{netaudit-version}", version)
            .replace("// KEYS (generated from the command tree by DocsGenerator)", keys(root)),
        StandardCharsets.UTF_8);
    Files.writeString(
        adoc.resolve("netaudit-credentials.5.adoc"),
        read(sources.resolve("netaudit-credentials.5.adoc")).replace("{netaudit-version}", version),
        StandardCharsets.UTF_8);
  }

  private static String seeAlso(String page, List<String> pages) {
    TreeSet<String> refs = new TreeSet<>();
    for (String p : pages) {
      if (!p.equals(page)) {
        refs.add("*" + p + "*(1)");
      }
    }
    refs.add("*netaudit.conf*(5)");
    refs.add("*netaudit-credentials*(5)");
    return "== See also\n\n"
        + String.join(", ", refs)
        + ", *snmpwalk*(1), *nmap*(1), *systemd.timer*(5); README.md and docs/ in the source tree.\n";
  }

  /** Every configuration key, its default and its description, as --help words them. */
  static String keys(CommandLine root) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, OptionSpec> e : ConfigDefaults.keyedOptions(root).entrySet()) {
      OptionSpec o = e.getValue();
      String dflt = o.defaultValueString();
      String description =
          String.join(" ", o.description())
              .replace("${DEFAULT-VALUE}", String.valueOf(dflt))
              .replace("${COMPLETION-CANDIDATES}", candidates(o));
      b.append('*').append(e.getKey()).append("*");
      if (!o.typeInfo().isBoolean()) {
        b.append(" = _").append(o.paramLabel()).append('_');
      }
      b.append("::\n  ")
          .append(description)
          .append(shown(dflt) && !description.contains(dflt) ? " Default: `" + dflt + "`." : "")
          .append(" (flag: *")
          .append(o.longestName())
          .append("*)\n\n");
    }
    return b.toString().stripTrailing();
  }

  /** No "Default: null" or "Default: []" for options that are simply unset. */
  private static boolean shown(String dflt) {
    return dflt != null && !dflt.equals("null") && !dflt.equals("[]") && !dflt.isEmpty();
  }

  private static String candidates(OptionSpec o) {
    List<String> names = new ArrayList<>();
    if (o.completionCandidates() != null) {
      o.completionCandidates().forEach(names::add);
    }
    return String.join(", ", names);
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
