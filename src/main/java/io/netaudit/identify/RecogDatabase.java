package io.netaudit.identify;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One Rapid7 Recog fingerprint database ({@code config/recog/snmp_sysdescr.xml}, {@code
 * snmp_sysobjid.xml}), read with the JDK's StAX parser (no DTDs, no external entities). Recog's
 * patterns are Ruby regexes; they are compiled with {@link Pattern#MULTILINE} and {@link
 * Pattern#UNIX_LINES}, which give {@code ^}, {@code $} and {@code .} Ruby's meaning (line
 * boundaries at {@code \n} only), plus the fingerprint's {@code flags} ({@code REG_ICASE}, {@code
 * REG_DOT_NEWLINE}, {@code REG_LINE_ANY_CRLF}). Examples with {@code _encoding="base64"} are
 * decoded. Every error is one line: {@code "file:line: what is wrong"}.
 */
public final class RecogDatabase {
  private final String name;
  private final String matches;
  private final List<RecogFingerprint> fingerprints;

  /** Per fingerprint: the text its pattern needs, tested before the regex runs. */
  private final List<RequiredText> required;

  private RecogDatabase(String name, String matches, List<RecogFingerprint> fingerprints) {
    this.name = name;
    this.matches = matches;
    this.fingerprints = List.copyOf(fingerprints);
    this.required = this.fingerprints.stream().map(fp -> RequiredText.of(fp.pattern())).toList();
  }

  /** The file name. */
  public String name() {
    return name;
  }

  /** What Recog matches the patterns against ({@code snmp.sys_description}, ...). */
  public String matches() {
    return matches;
  }

  /** The fingerprints in file order (Recog's order of preference). */
  public List<RecogFingerprint> fingerprints() {
    return fingerprints;
  }

  /** A fingerprint that matched, and the parameter values its match sets. */
  public record Match(RecogFingerprint fingerprint, Map<String, String> values) {
    public Match {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /**
   * The first fingerprint, in file order, that matches one of {@code texts} (tried in their order
   * for each fingerprint), as Recog picks one match per database; empty when none does.
   */
  public Optional<Match> firstMatch(List<String> texts) {
    String[] folded = texts.stream().map(RequiredText::fold).toArray(String[]::new);
    for (int i = 0; i < fingerprints.size(); i++) {
      RecogFingerprint fp = fingerprints.get(i);
      for (int t = 0; t < folded.length; t++) {
        if (!required.get(i).mayMatch(folded[t])) {
          continue;
        }
        String text = texts.get(t);
        Optional<Matcher> m = fp.match(text);
        if (m.isPresent()) {
          return Optional.of(new Match(fp, fp.values(m.get())));
        }
      }
    }
    return Optional.empty();
  }

  static RecogDatabase parse(CatalogueCsv.Source src) throws VendorCatalogueException {
    // The JDK's own parser, whatever StAX implementation a dependency brings (Woodstox rejects
    // ACCESS_EXTERNAL_DTD), so the same hardening applies everywhere.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    XMLStreamReader x = null;
    try {
      x = f.createXMLStreamReader(new ByteArrayInputStream(src.bytes()));
      return read(src.name(), x);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new VendorCatalogueException(
          src.name()
              + ":"
              + line
              + ": not well-formed XML: "
              + CatalogueCsv.oneLine(e.getMessage()),
          e);
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException e) {
          // nothing left to release
        }
      }
    }
  }

  private static RecogDatabase read(String file, XMLStreamReader x)
      throws XMLStreamException, VendorCatalogueException {
    String matches = null;
    List<RecogFingerprint> out = new ArrayList<>();
    Builder fp = null;
    while (x.hasNext()) {
      int event = x.next();
      if (event != XMLStreamConstants.START_ELEMENT) {
        if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("fingerprint")) {
          out.add(fp.build());
          fp = null;
        }
        continue;
      }
      int line = x.getLocation().getLineNumber();
      switch (x.getLocalName()) {
        case "fingerprints":
          matches = x.getAttributeValue(null, "matches");
          break;
        case "fingerprint":
          fp = new Builder(file, line, x.getAttributeValue(null, "pattern"));
          fp.flags(x.getAttributeValue(null, "flags"));
          break;
        case "description":
          if (fp != null) {
            fp.description = x.getElementText().strip();
          }
          break;
        case "example":
          if (fp != null) {
            fp.example(x, line);
          }
          break;
        case "param":
          if (fp != null) {
            fp.param(x, line);
          }
          break;
        default:
          break;
      }
    }
    if (matches == null) {
      throw new VendorCatalogueException(file + ":0: no <fingerprints matches=...> root element");
    }
    return new RecogDatabase(file, matches, out);
  }

  /** Collects one fingerprint's parts while the parser walks it. */
  private static final class Builder {
    private final String file;
    private final int line;
    private final String pattern;
    private int flags = Pattern.MULTILINE | Pattern.UNIX_LINES;
    private String description = "";
    private final List<RecogFingerprint.Param> params = new ArrayList<>();
    private final List<RecogFingerprint.Example> examples = new ArrayList<>();

    Builder(String file, int line, String pattern) throws VendorCatalogueException {
      this.file = file;
      this.line = line;
      if (pattern == null || pattern.isEmpty()) {
        throw error(line, "fingerprint without a pattern");
      }
      this.pattern = pattern;
    }

    void flags(String text) throws VendorCatalogueException {
      if (text == null) {
        return;
      }
      for (String flag : text.split("[,|\\s]+")) {
        switch (flag) {
          case "":
            break;
          case "REG_ICASE":
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            break;
          case "REG_DOT_NEWLINE":
          case "REG_LINE_ANY_CRLF":
            flags |= Pattern.DOTALL;
            break;
          default:
            throw error(line, "unknown flag '" + CatalogueCsv.oneLine(flag) + "'");
        }
      }
    }

    void param(XMLStreamReader x, int at) throws VendorCatalogueException {
      String name = x.getAttributeValue(null, "name");
      String pos = x.getAttributeValue(null, "pos");
      String value = x.getAttributeValue(null, "value");
      if (name == null || pos == null || !pos.matches("\\d{1,2}")) {
        throw error(at, "param without a name or a position");
      }
      int p = Integer.parseInt(pos);
      if (p == 0 && value == null) {
        throw error(at, "param " + name + " at position 0 without a value");
      }
      params.add(new RecogFingerprint.Param(p, name, p == 0 ? value : null));
    }

    void example(XMLStreamReader x, int at) throws XMLStreamException, VendorCatalogueException {
      Map<String, String> expected = new LinkedHashMap<>();
      boolean base64 = false;
      for (int i = 0; i < x.getAttributeCount(); i++) {
        String n = x.getAttributeLocalName(i);
        if (n.equals("_encoding")) {
          base64 = x.getAttributeValue(i).equals("base64");
        } else if (!n.startsWith("_")) {
          expected.put(n, x.getAttributeValue(i));
        }
      }
      String text = x.getElementText();
      if (base64) {
        try {
          text =
              new String(
                  Base64.getMimeDecoder().decode(text.replaceAll("\\s+", "")),
                  StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw error(at, "example is not valid base64");
        }
      }
      examples.add(new RecogFingerprint.Example(text, expected));
    }

    RecogFingerprint build() throws VendorCatalogueException {
      Pattern compiled;
      try {
        compiled = Pattern.compile(pattern, flags);
      } catch (PatternSyntaxException e) {
        throw error(
            line,
            "bad pattern '"
                + CatalogueCsv.oneLine(pattern)
                + "': "
                + CatalogueCsv.oneLine(e.getDescription()));
      }
      return new RecogFingerprint(
          file,
          line,
          pattern,
          compiled,
          description,
          params,
          examples,
          RecogFingerprint.Literal.of(pattern, (flags & Pattern.CASE_INSENSITIVE) != 0));
    }

    private VendorCatalogueException error(int at, String what) {
      return new VendorCatalogueException(file + ":" + at + ": " + what);
    }
  }
}
