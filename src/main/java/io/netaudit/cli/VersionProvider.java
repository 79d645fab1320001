package io.netaudit.cli;

import java.io.IOException;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return new String[] {line()};
  }

  /** What {@code netaudit --version} prints. */
  static String line() {
    return "netaudit " + version();
  }

  /** The version Maven wrote, or "unknown". */
  static String version() {
    return io.netaudit.audit.ToolVersion.read();
  }
}
