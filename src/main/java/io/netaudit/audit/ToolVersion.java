package io.netaudit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar ({@code netaudit-version.properties}), or "unknown". */
public final class ToolVersion {
  private ToolVersion() {}

  public static String read() {
    Properties p = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("/netaudit-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
