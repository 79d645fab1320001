package io.netaudit.cli;

import io.netaudit.policy.Policy;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code netaudit policy}: prints the effective restricted-vendor list for compliance review. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Print the effective policy: each restricted or review vendor with its scope "
            + "and the advisories behind it, the corporate families and OEM brands through which other "
            + "makers inherit a standing, the obligations and deadlines, and the verdict each maker gets "
            + "(after --jurisdiction/--advisory).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the policy was printed",
      "2:a policy or catalogue file is broken (file:line)"
    })
final class PolicyCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;
  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  /** The output formats of the listing. */
  enum Format {
    TEXT,
    CSV,
    JSON
  }

  @picocli.CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description =
          "text (for people), csv (one row per fact, a section column first) or json (default: "
              + "${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  /** Case-insensitive format names with a clear message. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format (text, csv, json)");
      }
    }
  }

  @Override
  public Integer call() {
    Policy policy = policyOptions.policy();
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(parent.context().out(), StandardCharsets.UTF_8));
    switch (format) {
      case CSV:
        policy.printCsv(out);
        break;
      case JSON:
        policy.printJson(out);
        break;
      default:
        policy.print(out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
