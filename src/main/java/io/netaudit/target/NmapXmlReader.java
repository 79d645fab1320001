package io.netaudit.target;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Targets from an nmap XML file ({@code nmap -sU -p161 -oX scan.xml ...}, read with {@code -iX}):
 * every {@code <host>} whose UDP port (161, or the scan's {@code --port}) is {@code open} or {@code
 * open|filtered}, by its IPv4 and IPv6 {@code <address>}es. Each spec's origin is "FILE:line" of
 * its {@code <host>}.
 *
 * <p>The file is data from another tool, so it is read defensively, before anything is sent: the
 * JDK's own StAX parser (never a provider found on the classpath) with DTDs and external entities
 * off and no external access at all, so an XXE payload is an error, not a file read or a request;
 * an address must be a literal IPv4 or IPv6 address (a CIDR, range or host name smuggled into
 * {@code addr} would expand or resolve); anything else wrong (not XML, not nmap's, truncated) is
 * one {@link TargetSpecException} naming the file and line.
 */
public final class NmapXmlReader {
  private NmapXmlReader() {}

  /**
   * @param fileOrDash the file, or "-" for stdin
   * @param port the UDP port the scan will poll (161 unless --port says otherwise)
   */
  public static List<TargetSpec> read(String fileOrDash, InputStream stdin, int port)
      throws TargetSpecException {
    boolean isStdin = fileOrDash.equals("-");
    String name = isStdin ? "stdin" : fileOrDash;
    try {
      if (isStdin) {
        return parse(stdin, name, port);
      }
      Path path = Path.of(fileOrDash);
      if (Files.isDirectory(path)) {
        throw cannotRead(name, "Is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return parse(in, name, port);
      }
    } catch (NoSuchFileException e) {
      throw cannotRead(name, "No such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(name, "Permission denied");
    } catch (InvalidPathException e) {
      throw cannotRead(name, "invalid path");
    } catch (IOException e) {
      throw cannotRead(
          name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** The JDK's parser with every way out of the document closed. */
  static XMLInputFactory safeFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new XMLStreamException("external resource '" + systemId + "' refused");
        });
    return f;
  }

  private static List<TargetSpec> parse(InputStream in, String name, int port)
      throws TargetSpecException {
    XMLStreamReader x = null;
    try {
      x = safeFactory().createXMLStreamReader(in);
      List<TargetSpec> out = new ArrayList<>();
      boolean root = true;
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw malformed(name, x.getLocation().getLineNumber(), "entity references are refused");
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (root) {
          if (!x.getLocalName().equals("nmaprun")) {
            throw malformed(
                name,
                x.getLocation().getLineNumber(),
                "not nmap XML output (root element <"
                    + x.getLocalName()
                    + ">, expected <nmaprun>)");
          }
          root = false;
        } else if (x.getLocalName().equals("host")) {
          host(x, name, port, out);
        }
      }
      if (root) {
        throw malformed(name, 1, "no XML element");
      }
      return out;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw malformed(name, line, reason(e));
    } finally {
      close(x);
    }
  }

  /** One {@code <host>}: its addresses, kept when the SNMP port is open or open|filtered. */
  private static void host(XMLStreamReader x, String name, int port, List<TargetSpec> out)
      throws XMLStreamException, TargetSpecException {
    int line = x.getLocation().getLineNumber();
    List<String> addresses = new ArrayList<>();
    boolean snmpPort = false;
    boolean open = false;
    int depth = 1;
    while (depth > 0) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (x.getLocalName().equals("port")) {
          snmpPort = false;
        }
        continue;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw malformed(name, x.getLocation().getLineNumber(), "entity references are refused");
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      depth++;
      switch (x.getLocalName()) {
        case "address" -> address(x, name, addresses);
        case "port" ->
            snmpPort =
                "udp".equals(x.getAttributeValue(null, "protocol"))
                    && Integer.toString(port).equals(x.getAttributeValue(null, "portid"));
        case "state" -> {
          String state = x.getAttributeValue(null, "state");
          if (snmpPort && ("open".equals(state) || "open|filtered".equals(state))) {
            open = true;
          }
        }
        default -> {}
      }
    }
    if (open) {
      for (String a : addresses) {
        out.add(new TargetSpec(a, name + ":" + line));
      }
    }
  }

  private static void address(XMLStreamReader x, String name, List<String> addresses)
      throws TargetSpecException {
    String type = String.valueOf(x.getAttributeValue(null, "addrtype")).toLowerCase(Locale.ROOT);
    if (!type.equals("ipv4") && !type.equals("ipv6")) {
      return; // mac: not a target
    }
    String addr = String.valueOf(x.getAttributeValue(null, "addr")).strip();
    try {
      if (type.equals("ipv4")) {
        Ipv4Text.parseAddress(addr);
      } else {
        Ipv6Text.parse(addr);
      }
    } catch (SyntaxProblem | RuntimeException e) {
      throw malformed(
          name,
          x.getLocation().getLineNumber(),
          "address " + Messages.quote(addr) + " is not a literal " + type + " address");
    }
    addresses.add(addr);
  }

  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    int at = m.indexOf("Message: ");
    return at >= 0 ? m.substring(at + "Message: ".length()) : m;
  }

  private static void close(XMLStreamReader x) {
    if (x != null) {
      try {
        x.close();
      } catch (XMLStreamException ignored) {
        // nothing was written; the caller closes the stream
      }
    }
  }

  private static TargetSpecException malformed(String file, int line, String why) {
    return new TargetSpecException(
        Messages.oneLine(
            "invalid nmap XML file "
                + Messages.quote(file)
                + (line > 0 ? " line " + line : "")
                + ": "
                + why));
  }

  private static TargetSpecException cannotRead(String file, String reason) {
    return new TargetSpecException(
        Messages.oneLine("cannot read nmap XML file " + Messages.quote(file) + ": " + reason));
  }
}
