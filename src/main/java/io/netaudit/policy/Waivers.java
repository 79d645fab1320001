package io.netaudit.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The approved exceptions of a {@code --waivers} file, in file order (the first that matches a
 * finding is the one reported). Immutable; the per-run record of which waiver matched what is a
 * {@link WaiverTally}.
 */
public final class Waivers {
  /** No waivers at all. */
  public static final Waivers NONE = new Waivers("", List.of());

  private final String source;
  private final List<Waiver> waivers;

  Waivers(String source, List<Waiver> waivers) {
    this.source = source;
    this.waivers = List.copyOf(waivers);
  }

  /**
   * Reads a waivers file ({@link WaiverFile} says the format).
   *
   * @throws PolicyException "file:line: problem" for anything wrong in it
   */
  public static Waivers load(Path file) throws PolicyException {
    return WaiverFile.read(file);
  }

  /** The file the waivers came from ("" for none). */
  public String source() {
    return source;
  }

  public List<Waiver> all() {
    return waivers;
  }

  public boolean isEmpty() {
    return waivers.isEmpty();
  }

  /** The first waiver that matches the finding, active or expired. */
  public Optional<Waiver> match(WaiverSubject subject) {
    return waivers.stream().filter(w -> w.matches(subject)).findFirst();
  }
}
