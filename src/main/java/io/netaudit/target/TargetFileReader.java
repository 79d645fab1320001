package io.netaudit.target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads target/exclude files: one or more specs per line (whitespace-separated), '#' starts a
 * comment, blank lines are ignored. "-" means the given stdin stream. The origin of each spec is
 * "&lt;file&gt;:&lt;line&gt;" (or "stdin:&lt;line&gt;") so errors point at the line to fix.
 */
public final class TargetFileReader {
  private TargetFileReader() {}

  public static List<TargetSpec> read(String fileOrDash, InputStream stdin)
      throws TargetSpecException {
    return read(fileOrDash, stdin, "");
  }

  /**
   * As {@link #read(String, InputStream)}, with {@code originLabel} (e.g. "--exclude-file")
   * prefixed to each origin: "--exclude-file ex.txt:3". An empty label adds nothing.
   */
  public static List<TargetSpec> read(String fileOrDash, InputStream stdin, String originLabel)
      throws TargetSpecException {
    boolean isStdin = fileOrDash.equals("-");
    String name = isStdin ? "stdin" : fileOrDash;
    String prefix = originLabel.isEmpty() ? name : originLabel + " " + name;
    try {
      return isStdin ? readStdin(stdin, prefix) : readFile(fileOrDash, prefix);
    } catch (NoSuchFileException e) {
      throw cannotRead(name, "No such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(name, "Permission denied");
    } catch (CharacterCodingException e) {
      throw cannotRead(name, "not UTF-8 text");
    } catch (InvalidPathException e) {
      throw cannotRead(name, "invalid path");
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw cannotRead(name, reason);
    }
  }

  /** stdin belongs to the caller, so it is deliberately not closed. */
  private static List<TargetSpec> readStdin(InputStream stdin, String prefix) throws IOException {
    return parseLines(new BufferedReader(new InputStreamReader(stdin, decoder())), prefix);
  }

  private static List<TargetSpec> readFile(String file, String prefix) throws IOException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("Is a directory");
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder()))) {
      return parseLines(in, prefix);
    }
  }

  /** Strict decoding: a binary file given by mistake is reported, not parsed as garbage. */
  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static List<TargetSpec> parseLines(BufferedReader in, String originPrefix)
      throws IOException {
    List<TargetSpec> specs = new ArrayList<>();
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // byte-order mark written by some Windows editors
      }
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String token : content.split("\\s+")) {
        specs.add(new TargetSpec(token, originPrefix + ":" + lineNumber));
      }
    }
    return specs;
  }

  private static TargetSpecException cannotRead(String file, String reason) {
    return new TargetSpecException(
        Messages.oneLine("cannot read target file " + Messages.quote(file) + ": " + reason));
  }
}
