package io.netaudit.cli;

import io.netaudit.snmp.Community;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where communities come from, in order of precedence: {@code --community-file}, the environment
 * variable {@value #ENV}, then the default {@code public}. Never from an option value, which would
 * show in the process list. Labels name the source and position, never the secret.
 */
final class CommunitySource {
  static final String ENV = "NETAUDIT_COMMUNITY";

  private CommunitySource() {}

  static List<Community> load(Path file, Map<String, String> env) {
    if (file != null) {
      return fromFile(file);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      List<Community> out = new ArrayList<>();
      String[] parts = fromEnv.split(",", -1);
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].isEmpty()) {
          throw new UsageException(ENV + " has an empty community at position " + (i + 1));
        }
        out.add(new Community(ENV + "#" + (i + 1), parts[i].getBytes(StandardCharsets.UTF_8)));
      }
      return out;
    }
    return List.of(new Community("default", "public".getBytes(StandardCharsets.US_ASCII)));
  }

  private static List<Community> fromFile(Path file) {
    SecretFiles.requirePrivate(file, "community file");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(
          "cannot read community file '" + file + "': " + Problems.describe(e));
    }
    List<Community> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue; // a community that starts with '#' cannot be written here; none is in use in
        // practice
      }
      out.add(
          new Community(file.getFileName() + ":" + (i + 1), line.getBytes(StandardCharsets.UTF_8)));
    }
    if (out.isEmpty()) {
      throw new UsageException("community file '" + file + "' holds no community");
    }
    return out;
  }
}
