package io.netaudit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real headless Chromium for the HTML report's tests: the rendered DOM after scripts ran ({@code
 * --dump-dom}) and screenshots. Local files only; background networking, sync and component updates
 * are off.
 */
public final class Chromium {
  public static final Path BINARY = Path.of("/usr/bin/chromium");

  private final Path work;

  /**
   * @param work a scratch directory (profiles, output)
   */
  public Chromium(Path work) {
    this.work = work;
  }

  public static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** The DOM of the page after it loaded and its scripts ran, serialized. */
  public String dumpDom(Path page) throws Exception {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** A PNG screenshot of the page at width x height. */
  public void screenshot(Path page, Path png, int width, int height) throws Exception {
    Files.deleteIfExists(png);
    run(
        List.of(
            "--screenshot=" + png,
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            page.toUri().toString()));
    assertThat(png).exists();
  }

  private String run(List<String> extra) throws Exception {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
    cmd.addAll(extra);
    Path out = Files.createTempFile(work, "chromium", ".out");
    Path err = Files.createTempFile(work, "chromium", ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium timed out; stderr: " + tail(err));
    }
    assertThat(p.exitValue()).as("chromium exit; stderr: %s", tail(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String tail(Path file) throws IOException {
    String s = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
  }

  /** Pixels within 12 of the colour in every channel. */
  public static long pixelsNear(BufferedImage image, int r, int g, int b) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - r) < 12
            && Math.abs(((rgb >> 8) & 0xff) - g) < 12
            && Math.abs((rgb & 0xff) - b) < 12) {
          n++;
        }
      }
    }
    return n;
  }
}
