package io.netaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files that hold secrets must be private to their owner, like OpenSSH's private keys. */
final class SecretFiles {
  private SecretFiles() {}

  /**
   * Refuses a file that group or others may read or write, with one line that says how to fix it.
   *
   * @param what "credentials file", "community file"
   */
  static void requirePrivate(Path file, String what) {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      return; // not a POSIX file system: nothing to check
    } catch (IOException e) {
      throw new UsageException("cannot read " + what + " '" + file + "': " + Problems.describe(e));
    }
    for (PosixFilePermission p : perms) {
      if (p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_")) {
        throw new UsageException(
            what
                + " '"
                + file
                + "' is accessible by group or others (mode "
                + mode(perms)
                + ", "
                + PosixFilePermissions.toString(perms)
                + "); it holds secrets: run chmod 600 "
                + file);
      }
    }
  }

  private static String mode(Set<PosixFilePermission> perms) {
    int m = 0;
    for (PosixFilePermission p : perms) {
      m |= 1 << (8 - p.ordinal());
    }
    return String.format("%04o", m);
  }
}
