package io.netaudit.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's name, as a collector and the default site are named by it. */
final class HostName {
  private HostName() {}

  /** The short host name (before the first dot); "localhost" when none can be found. */
  static String local() {
    String name = null;
    try {
      name = Files.readString(Path.of("/etc/hostname")).strip();
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable: ask the resolver
    }
    if (name == null || name.isEmpty()) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        name = "localhost";
      }
    }
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
