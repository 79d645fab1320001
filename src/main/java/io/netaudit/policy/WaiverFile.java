package io.netaudit.policy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code --waivers} file: hand-edited YAML in the shape of trivy's {@code
 * .trivyignore.yaml} and grype's {@code ignore:} rules.
 *
 * <pre>
 * waivers:
 *   - id: W-2025-014                # unique
 *     match:                        # every key given must match; a list means any of its values
 *       address: 10.20.0.0/24       # address or CIDR block
 *       vendor: huawei              # vendor id or the name the report shows
 *     reason: Core routers, replaced in the 2026 refresh
 *     approved_by: CISO (J. Doe)
 *     ticket: CHG-4711
 *     expires: 2026-06-30           # required; the last day the waiver applies
 * </pre>
 *
 * Match keys: {@code mac}, {@code serial}, {@code address}, {@code site}, {@code vendor}, {@code
 * advisory}. Every problem (unknown or missing key, bad date, bad address, duplicate id, YAML
 * syntax) is a {@link PolicyException} "file:line: problem". Only the node tree is composed: no
 * object is constructed from the file, and aliases are refused.
 */
final class WaiverFile {
  private static final Set<String> FIELDS =
      Set.of("id", "match", "reason", "approved_by", "ticket", "expires");

  private final String file;

  private WaiverFile(String file) {
    this.file = file;
  }

  static Waivers read(Path path) throws PolicyException {
    String name = path.toString();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (NoSuchFileException e) {
      throw PolicyException.inFile(name, "missing file");
    } catch (CharacterCodingException e) {
      throw PolicyException.inFile(name, "not UTF-8 text");
    } catch (IOException e) {
      throw PolicyException.inFile(name, "cannot read: " + e.getMessage());
    }
    return new WaiverFile(name).parse(text);
  }

  Waivers parse(String text) throws PolicyException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    Node root;
    try (Reader in = new java.io.StringReader(text)) {
      root = new Yaml(options).compose(in);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw new PolicyException(
          file + ":" + (m == null ? 1 : m.getLine() + 1) + ": YAML: " + oneLine(problem));
    } catch (YAMLException e) {
      throw PolicyException.inFile(file, "YAML: " + oneLine(e.getMessage()));
    } catch (IOException e) {
      throw PolicyException.inFile(file, "cannot read: " + e.getMessage());
    }
    if (root == null) {
      return new Waivers(file, List.of());
    }
    Map<String, NodeTuple> top = mapping(root, "the file", Set.of("waivers"));
    NodeTuple list = top.get("waivers");
    if (list == null) {
      throw error(root, "no 'waivers:' list");
    }
    Node items = list.getValueNode();
    if (items instanceof ScalarNode s && s.getValue().isEmpty()) {
      return new Waivers(file, List.of());
    }
    if (!(items instanceof SequenceNode seq)) {
      throw error(items, "'waivers' must be a list of waivers (items starting with '- ')");
    }
    List<Waiver> waivers = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Node item : seq.getValue()) {
      Waiver w = waiver(item);
      Integer earlier = ids.putIfAbsent(w.id(), line(item));
      if (earlier != null) {
        throw error(item, "duplicate waiver id " + w.id() + " (first on line " + earlier + ")");
      }
      waivers.add(w);
    }
    return new Waivers(file, waivers);
  }

  private Waiver waiver(Node item) throws PolicyException {
    Map<String, NodeTuple> fields = mapping(item, "a waiver", FIELDS);
    for (String required : FIELDS) {
      if (!fields.containsKey(required)) {
        throw error(item, "waiver without '" + required + "'" + idOf(fields));
      }
    }
    String id = scalar(fields.get("id"));
    String expiresText = scalar(fields.get("expires"));
    LocalDate expires;
    try {
      expires = LocalDate.parse(expiresText);
    } catch (DateTimeParseException e) {
      throw error(
          fields.get("expires").getValueNode(),
          "bad expires '" + expiresText + "' for " + id + ", expected yyyy-mm-dd");
    }
    return new Waiver(
        id,
        match(fields.get("match"), id),
        scalar(fields.get("reason")),
        scalar(fields.get("approved_by")),
        scalar(fields.get("ticket")),
        expires,
        file + ":" + line(item));
  }

  private Map<WaiverKey, List<String>> match(NodeTuple tuple, String id) throws PolicyException {
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (WaiverKey k : WaiverKey.values()) {
      keys.add(k.label());
    }
    Map<String, NodeTuple> given = mapping(tuple.getValueNode(), "'match' of " + id, keys);
    if (given.isEmpty()) {
      throw error(
          tuple.getValueNode(), "empty 'match' for " + id + ": name at least one of " + keys);
    }
    Map<WaiverKey, List<String>> out = new EnumMap<>(WaiverKey.class);
    for (Map.Entry<String, NodeTuple> e : given.entrySet()) {
      WaiverKey key = WaiverKey.parse(e.getKey()).orElseThrow();
      List<String> values = new ArrayList<>();
      Node v = e.getValue().getValueNode();
      if (v instanceof SequenceNode seq) {
        for (Node n : seq.getValue()) {
          values.add(text(n, key.label()));
        }
      } else {
        values.add(text(v, key.label()));
      }
      if (values.isEmpty()) {
        throw error(v, "empty list for " + key.label() + " of " + id);
      }
      for (int i = 0; i < values.size(); i++) {
        String problem = key.problem(values.get(i));
        if (problem != null) {
          Node at = v instanceof SequenceNode seq ? seq.getValue().get(i) : v;
          throw error(at, problem + " (waiver " + id + ")");
        }
      }
      out.put(key, values);
    }
    return out;
  }

  /** A mapping's entries by key; unknown and repeated keys are errors. */
  private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed)
      throws PolicyException {
    if (!(node instanceof MappingNode m)) {
      throw error(node, what + " must be a mapping of 'key: value' lines");
    }
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      String key = text(t.getKeyNode(), "key");
      if (!allowed.contains(key)) {
        throw error(
            t.getKeyNode(),
            "unknown key '"
                + key
                + "' in "
                + what
                + " (expected "
                + String.join(", ", allowed.stream().sorted().toList())
                + ")");
      }
      if (out.put(key, t) != null) {
        throw error(t.getKeyNode(), "'" + key + "' given twice in " + what);
      }
    }
    return out;
  }

  private String scalar(NodeTuple t) throws PolicyException {
    String key = text(t.getKeyNode(), "key");
    String value = text(t.getValueNode(), key);
    if (value.isBlank()) {
      throw error(t.getValueNode(), "empty " + key);
    }
    return value.strip();
  }

  private String text(Node node, String what) throws PolicyException {
    if (!(node instanceof ScalarNode s)) {
      throw error(node, what + " must be a single value, not a list or mapping");
    }
    return s.getValue();
  }

  private static String idOf(Map<String, NodeTuple> fields) {
    NodeTuple id = fields.get("id");
    return id != null && id.getValueNode() instanceof ScalarNode s
        ? " (id " + s.getValue() + ")"
        : "";
  }

  private PolicyException error(Node node, String problem) {
    return new PolicyException(file + ":" + line(node) + ": " + problem);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  private static String oneLine(String s) {
    return s == null ? "syntax error" : s.replaceAll("\\s+", " ").strip();
  }
}
