package io.netaudit.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The malformed-reply corpus under {@code src/test/resources/io/netaudit/scan/malformed/} (see its
 * README.md for the format): hex files with {@code {rid}}, {@code {rid+1}} and {@code {ver}}
 * placeholders, so a replay over UDP can echo the request id and version of the GET it answers.
 */
final class MalformedCorpus {
  static final String DIR = "/io/netaudit/scan/malformed";

  record Entry(String name, String title, String decode, String sweep, List<String> lines) {
    /** The datagram, answering a request with this id and SNMP version number (0 = v1, 1 = v2c). */
    byte[] bytes(int requestId, int version) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (String line : lines) {
        int times = 1;
        String hex = line;
        if (line.startsWith("repeat ")) {
          int colon = line.indexOf(':');
          times = Integer.parseInt(line.substring(7, colon).trim());
          hex = line.substring(colon + 1);
        }
        byte[] row = row(hex, requestId, version);
        for (int i = 0; i < times; i++) {
          out.writeBytes(row);
        }
      }
      return out.toByteArray();
    }

    boolean fitsUdp() {
      return !sweep.equals("skip");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private MalformedCorpus() {}

  private static byte[] row(String hex, int requestId, int version) {
    String rid = String.format("%08x", requestId);
    String rid1 = String.format("%08x", requestId + 1);
    String cleaned =
        hex.replace("{rid+1}", rid1)
            .replace("{rid}", rid)
            .replace("{ver}", String.format("%02x", version))
            .replaceAll("\\s+", "");
    return HexFormat.of().parseHex(cleaned);
  }

  static List<Entry> load() {
    try {
      URL url = MalformedCorpus.class.getResource(DIR);
      if (url == null) {
        throw new IllegalStateException("corpus not on the classpath: " + DIR);
      }
      List<Entry> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".hex")).sorted().toList()) {
          out.add(parse(f));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Entry parse(Path file) throws IOException {
    String name = file.getFileName().toString().replace(".hex", "");
    String title = "";
    String decode = null;
    String sweep = null;
    List<String> lines = new ArrayList<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        if (c.startsWith("decode:")) {
          decode = c.substring(7).strip();
        } else if (c.startsWith("sweep:")) {
          sweep = c.substring(6).strip();
        } else if (title.isEmpty() && !c.startsWith("group:")) {
          title = c;
        }
        continue;
      }
      lines.add(line);
    }
    if (decode == null || sweep == null) {
      throw new IllegalStateException(file + ": needs '# decode:' and '# sweep:' lines");
    }
    return new Entry(name, title, decode, sweep, lines);
  }
}
