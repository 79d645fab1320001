package io.netaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced examples of README.md, read the way {@link ReadmeExamplesIT} runs them. A fence is a
 * command example ({@code sh}, {@code bash}, {@code shell}, {@code console}: every line; {@code
 * text}: the lines starting with {@code $ }), a file example (any fence marked {@code file PATH}),
 * or shown output (a {@code text} fence without {@code $ } lines). HTML comments right before a
 * fence, invisible on the rendered page, say what the test needs to know:
 *
 * <pre>
 * &lt;!-- readme-test: file PATH --&gt;            the fence is the content of PATH (config, credentials...)
 * &lt;!-- readme-test: setup `COMMAND` --&gt;      a shell command run before the fence (makes what it needs)
 * &lt;!-- readme-test: then `COMMAND` --&gt;       a shell command run after it (uses a file example)
 * &lt;!-- readme-test: skip: REASON --&gt;          the fence is not run (REASON is listed by the test)
 * &lt;!-- readme-test: skip `PREFIX`: REASON --&gt; its lines starting with PREFIX are not run
 * </pre>
 *
 * Fences are taken in README order: a file example is written when it is reached.
 */
record ReadmeExamples(List<Fence> fences) {
  private static final Pattern MARK = Pattern.compile("^<!--\\s*readme-test:\\s*(.*?)\\s*-->\\s*$");
  private static final Pattern SKIP_LINE = Pattern.compile("skip\\s+`([^`]+)`\\s*:\\s*(\\S.*)");
  private static final Pattern SKIP_ALL = Pattern.compile("skip\\s*:\\s*(\\S.*)");
  private static final Pattern SETUP = Pattern.compile("setup\\s+`([^`]+)`");
  private static final Pattern THEN = Pattern.compile("then\\s+`([^`]+)`");
  private static final Pattern FILE = Pattern.compile("file\\s+(\\S+)");
  private static final List<String> SHELL = List.of("sh", "bash", "shell", "console");

  /** A line of a command fence that is not run, and why. */
  record Skip(String prefix, String reason) {}

  /** One fenced block with the marks before it; {@code line} is its first line in README.md. */
  record Fence(
      int line,
      String language,
      List<String> body,
      String file,
      List<String> setup,
      List<String> then,
      String skipReason,
      List<Skip> skips) {

    boolean isFile() {
      return file != null;
    }

    /** The command lines of the fence, as written (without a {@code $ } prompt). */
    List<String> commands() {
      List<String> out = new ArrayList<>();
      if (isFile()) {
        return out;
      }
      for (String l : body) {
        if (SHELL.contains(language)) {
          String c = l.startsWith("$ ") ? l.substring(2) : l;
          if (!c.isBlank() && !c.strip().startsWith("#")) {
            out.add(c.strip());
          }
        } else if (l.startsWith("$ ")) {
          out.add(l.substring(2).strip());
        }
      }
      return out;
    }

    /** Why {@code command} is not run, or null when it is. */
    String skipped(String command) {
      if (skipReason != null) {
        return skipReason;
      }
      for (Skip s : skips) {
        if (command.startsWith(s.prefix())) {
          return s.reason();
        }
      }
      return null;
    }

    /** A fence that is neither run nor written nor plain output: the test cannot place it. */
    boolean unplaced() {
      return !isFile()
          && skipReason == null
          && !SHELL.contains(language)
          && !language.equals("text")
          && !language.isEmpty();
    }
  }

  static ReadmeExamples parse(List<String> lines) {
    List<Fence> fences = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      Matcher m = MARK.matcher(l.strip());
      if (m.matches()) {
        marks.add(m.group(1));
        continue;
      }
      if (!l.startsWith("```")) {
        if (!l.isBlank()) {
          marks.clear(); // a mark belongs to the fence right after it
        }
        continue;
      }
      String language = l.substring(3).strip().toLowerCase(Locale.ROOT);
      List<String> body = new ArrayList<>();
      int start = i + 1;
      for (i = i + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        body.add(lines.get(i));
      }
      fences.add(fence(start, language, body, marks));
      marks.clear();
    }
    return new ReadmeExamples(fences);
  }

  private static Fence fence(int line, String language, List<String> body, List<String> marks) {
    String file = null;
    String skipReason = null;
    List<String> setup = new ArrayList<>();
    List<String> then = new ArrayList<>();
    List<Skip> skips = new ArrayList<>();
    for (String mark : marks) {
      Matcher m;
      if ((m = SKIP_LINE.matcher(mark)).matches()) {
        skips.add(new Skip(m.group(1), m.group(2)));
      } else if ((m = SKIP_ALL.matcher(mark)).matches()) {
        skipReason = m.group(1);
      } else if ((m = SETUP.matcher(mark)).matches()) {
        setup.add(m.group(1));
      } else if ((m = THEN.matcher(mark)).matches()) {
        then.add(m.group(1));
      } else if ((m = FILE.matcher(mark)).matches()) {
        file = m.group(1);
      } else {
        throw new IllegalArgumentException(
            "README.md:" + (line - 1) + ": unknown readme-test mark '" + mark + "'");
      }
    }
    return new Fence(line, language, List.copyOf(body), file, setup, then, skipReason, skips);
  }
}
