package io.netaudit.cli;

import io.netaudit.diff.Change;
import io.netaudit.diff.DiffFormat;
import io.netaudit.diff.ReportDiff;
import io.netaudit.diff.ReportFormatException;
import io.netaudit.diff.ReportSnapshot;
import io.netaudit.report.AtomicReportFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code netaudit diff OLD NEW}: what changed between two CSV reports. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Compare two netaudit CSV reports by address: devices that APPEARED, DISAPPEARED, or CHANGED "
            + "vendor, model, firmware, status or advisories (old -> new per field); endpoints by MAC, "
            + "also MOVED to another switch, port or VLAN.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no new RESTRICTED finding",
      "1:a new RESTRICTED finding (a device appeared as, or changed to, RESTRICTED)",
      "2:usage error, or a file that is not a netaudit report",
      "3:the output could not be written"
    })
final class DiffCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;

  @Parameters(index = "0", paramLabel = "OLD.csv", description = "The earlier report.")
  Path oldReport;

  @Parameters(index = "1", paramLabel = "NEW.csv", description = "The later report.")
  Path newReport;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Write the diff to FILE, atomically ('-' = stdout, the default).")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (for people, the default) or csv (change,address,field,old,new,status).")
  DiffFormat format;

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    ReportSnapshot before = read(oldReport);
    ReportSnapshot after = read(newReport);
    List<Change> changes = ReportDiff.compare(before, after);
    try {
      new AtomicReportFile(ctx.out())
          .write(
              output,
              out -> format.write(out, oldReport.toString(), newReport.toString(), changes));
    } catch (IOException | RuntimeException e) {
      ctx.err()
          .println(
              "netaudit: error: cannot write "
                  + ("-".equals(output) ? "to stdout" : output)
                  + ": "
                  + describe(e));
      return ExitCodes.FAILED;
    }
    return ReportDiff.hasNewRestricted(changes) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static ReportSnapshot read(Path file) {
    try {
      return ReportSnapshot.read(file);
    } catch (ReportFormatException e) {
      throw new UsageException(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + describe(e));
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    String first = m == null ? "" : m.lines().findFirst().orElse("");
    return first.isEmpty()
        ? e.getClass().getSimpleName()
        : first + " (" + e.getClass().getSimpleName() + ")";
  }
}
