package io.netaudit.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one {@link TargetSpec} into address blocks following nmap's grammar. One instance per
 * {@link TargetSet#parse} call: it remembers resolved host names so a name used both as a target
 * and as an exclude is looked up once.
 */
final class SpecParser {
  /** IPv6 prefixes shorter than this would be more than 2^32 addresses: never a sane scan. */
  static final int MIN_IPV6_PREFIX = 96;

  private final HostResolver resolver;
  private final Map<String, InetAddress> resolved = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  SpecParser(HostResolver resolver) {
    this.resolver = resolver;
  }

  /** One line per spec parsed so far whose meaning was adjusted (CIDR host bits). */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  List<AddressBlock> parse(TargetSpec spec) throws TargetSpecException {
    String text = spec.text().trim();
    if (text.isEmpty()) {
      throw Messages.invalid(spec, null, "empty target");
    }
    List<AddressBlock> blocks = new ArrayList<>();
    // 10.0.0.1,5,9 is one octet-range spec; only otherwise do commas separate targets.
    if (Ipv4Text.looksLikeOctetPattern(text) || text.indexOf(',') < 0) {
      blocks.add(parseSingle(spec, text));
      return blocks;
    }
    for (String piece : text.split(",", -1)) {
      String trimmed = piece.trim();
      if (trimmed.isEmpty()) {
        throw Messages.invalid(spec, null, "empty item in comma-separated list");
      }
      blocks.add(parseSingle(spec, trimmed));
    }
    return blocks;
  }

  private AddressBlock parseSingle(TargetSpec spec, String text) throws TargetSpecException {
    try {
      if (Ipv4Text.looksLikeOctetPattern(text)) {
        return Ipv4Text.parsePattern(text);
      }
      int slash = text.lastIndexOf('/');
      if (slash < 0) {
        Base base = parseBase(spec, text);
        return AddressRange.single(base.family(), base.high(), base.low());
      }
      String baseText = text.substring(0, slash);
      if (Ipv4Text.looksLikeOctetPattern(baseText) && !Ipv4Text.looksNumeric(baseText)) {
        throw new SyntaxProblem("octet ranges cannot be combined with a /prefix");
      }
      Base base = parseBase(spec, baseText);
      int prefix = parsePrefix(text.substring(slash + 1), base.family());
      int bits = base.family() == Family.IPV4 ? 32 : 128;
      AddressRange network =
          AddressRange.network(base.family(), base.high(), base.low(), bits - prefix);
      if (network.firstLow() != base.low() && Ipv4Text.looksNumeric(baseText)) {
        // nmap masks host bits (10.0.0.1/24 is 10.0.0.0/24); so does netaudit, but it says so.
        warnings.add(
            "'"
                + text
                + "' ("
                + spec.origin()
                + ") has host bits set; sweeping "
                + Addresses.toInet(base.family(), base.high(), network.firstLow()).getHostAddress()
                + "/"
                + prefix
                + " as nmap does");
      }
      return network;
    } catch (SyntaxProblem problem) {
      throw Messages.invalid(spec, text, problem.getMessage());
    }
  }

  /** A single address, before any prefix is applied. */
  private record Base(Family family, long high, long low) {}

  private Base parseBase(TargetSpec spec, String text) throws SyntaxProblem, TargetSpecException {
    if (text.isEmpty()) {
      throw new SyntaxProblem("missing address before '/'");
    }
    if (text.startsWith("[")) {
      if (!text.endsWith("]") || text.length() < 3) {
        throw new SyntaxProblem("unbalanced '[' ... ']'");
      }
      String inner = text.substring(1, text.length() - 1);
      if (inner.indexOf(':') < 0) {
        throw new SyntaxProblem("brackets are only for IPv6 addresses");
      }
      return ipv6(inner);
    }
    if (text.indexOf(':') >= 0) {
      return ipv6(text);
    }
    if (onlyOctetCharacters(text)) {
      // Digits, dots and range characters but not 4 fields: a mistyped IPv4 address, so report
      // it as such (field count, bad octet) instead of trying it as a host name.
      OctetPattern pattern = Ipv4Text.parsePattern(text);
      return new Base(Family.IPV4, 0, pattern.firstLow());
    }
    HostNames.validate(text);
    InetAddress address = resolve(spec, text);
    return new Base(Addresses.family(address), Addresses.high(address), Addresses.low(address));
  }

  private static Base ipv6(String text) throws SyntaxProblem {
    long[] value = Ipv6Text.parse(text);
    return new Base(Family.IPV6, value[0], value[1]);
  }

  private static boolean onlyOctetCharacters(String text) {
    return text.chars()
        .allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-' || c == ',' || c == '*');
  }

  private static int parsePrefix(String text, Family family) throws SyntaxProblem {
    if (text.isEmpty()) {
      throw new SyntaxProblem("missing prefix length after '/'");
    }
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new SyntaxProblem("prefix length '" + text + "' is not a number");
    }
    int max = family == Family.IPV4 ? 32 : 128;
    if (text.length() > 3 || Integer.parseInt(text) > max) {
      throw new SyntaxProblem("prefix length " + text + " is not in 0-" + max);
    }
    int prefix = Integer.parseInt(text);
    if (family == Family.IPV6 && prefix < MIN_IPV6_PREFIX) {
      throw new SyntaxProblem(
          "IPv6 prefix /"
              + prefix
              + " is too many addresses (2^"
              + (128 - prefix)
              + "); use /"
              + MIN_IPV6_PREFIX
              + " or longer");
    }
    return prefix;
  }

  private InetAddress resolve(TargetSpec spec, String host) throws TargetSpecException {
    String key = host.toLowerCase(Locale.ROOT);
    InetAddress cached = resolved.get(key);
    if (cached != null) {
      return cached;
    }
    InetAddress address;
    try {
      address = resolver.resolve(host);
    } catch (UnknownHostException | SecurityException e) {
      throw Messages.unresolvable(spec, host);
    }
    if (address == null) {
      throw Messages.unresolvable(spec, host);
    }
    resolved.put(key, address);
    return address;
  }
}
