package io.netaudit.target;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The expanded, de-duplicated, exclusion-filtered set of addresses. Only the parsed blocks are
 * kept; iteration is lazy, so a /8 (16,777,216 addresses) iterates in constant memory.
 *
 * <p>Immutable once parsed; each {@link #iterator()} call starts a fresh, independent walk.
 */
public final class TargetSet implements Iterable<InetAddress> {
  private final List<AddressBlock> includes;
  private final List<AddressBlock> excludes;

  /** The spec each include block came from, by index. */
  private List<TargetSpec> blockSpecs = List.of();

  private List<String> warnings = List.of();

  /** The specs as given, for the record of what a run covered. */
  private List<TargetSpec> includeSpecs = List.of();

  private List<TargetSpec> excludeSpecs = List.of();

  private TargetSet(List<AddressBlock> includes, List<AddressBlock> excludes) {
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  /**
   * Parses every spec up front, resolving host names exactly once, so that all syntax and DNS
   * errors surface before any packet is sent.
   *
   * @throws TargetSpecException for the first bad spec (includes first, then excludes)
   */
  public static TargetSet parse(
      List<TargetSpec> includes, List<TargetSpec> excludes, HostResolver resolver)
      throws TargetSpecException {
    Objects.requireNonNull(resolver, "resolver");
    SpecParser parser = new SpecParser(resolver);
    List<TargetSpec> includeSpecs = new ArrayList<>();
    List<AddressBlock> includeBlocks = parseAll(parser, includes, includeSpecs);
    List<String> includeWarnings = parser.warnings();
    TargetSet set = new TargetSet(includeBlocks, parseAll(parser, excludes, new ArrayList<>()));
    set.blockSpecs = List.copyOf(includeSpecs);
    set.warnings = includeWarnings;
    set.includeSpecs = List.copyOf(includes);
    set.excludeSpecs = List.copyOf(excludes);
    return set;
  }

  private static List<AddressBlock> parseAll(
      SpecParser parser, List<TargetSpec> specs, List<TargetSpec> specOfBlock)
      throws TargetSpecException {
    List<AddressBlock> blocks = new ArrayList<>();
    for (TargetSpec spec : specs) {
      for (AddressBlock block : parser.parse(spec)) {
        blocks.add(block);
        specOfBlock.add(spec);
      }
    }
    return blocks;
  }

  /**
   * One line per include spec whose meaning was adjusted, e.g. a CIDR with host bits set (masked,
   * as nmap does).
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The include spec that expands to the most addresses (for messages about large scans), if any.
   */
  public java.util.Optional<TargetSpec> largestSpec() {
    int best = -1;
    for (int i = 0; i < includes.size(); i++) {
      if (best < 0 || includes.get(i).size() > includes.get(best).size()) {
        best = i;
      }
    }
    return best < 0 || blockSpecs.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(blockSpecs.get(best));
  }

  /** True when one include spec is the whole IPv4 space (/0), which netaudit never sweeps. */
  public java.util.Optional<TargetSpec> wholeIpv4Space() {
    for (int i = 0; i < includes.size(); i++) {
      if (includes.get(i).family() == Family.IPV4
          && includes.get(i).size() == 1L << 32
          && !blockSpecs.isEmpty()) {
        return java.util.Optional.of(blockSpecs.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Upper bound of addresses: the sum of include sizes before de-duplication and exclusion,
   * saturating at Long.MAX_VALUE. Cheap, so callers can refuse absurd scans before starting.
   */
  public long maxSize() {
    long total = 0;
    for (AddressBlock block : includes) {
      try {
        total = Math.addExact(total, block.size());
      } catch (ArithmeticException overflow) {
        return Long.MAX_VALUE;
      }
    }
    return total;
  }

  /**
   * Addresses in spec order, natural address order within a spec; each address at most once;
   * excluded addresses skipped. IPv4 addresses are Inet4Address, IPv6 ones Inet6Address.
   */
  @Override
  public Iterator<InetAddress> iterator() {
    return new TargetIterator(includes, excludes);
  }

  /** The include specs as given (before expansion). */
  public List<TargetSpec> includeSpecs() {
    return includeSpecs;
  }

  /** The exclude specs as given. */
  public List<TargetSpec> excludeSpecs() {
    return excludeSpecs;
  }

  /** True when the set holds {@code address}: an include spec has it and no exclude spec does. */
  public boolean contains(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return anyContains(includes, address) && !anyContains(excludes, address);
  }

  /** True when any exclude spec contains {@code address}. */
  public boolean isExcluded(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return anyContains(excludes, address);
  }

  private static boolean anyContains(List<AddressBlock> blocks, InetAddress address) {
    Family family = Addresses.family(address);
    long high = Addresses.high(address);
    long low = Addresses.low(address);
    for (AddressBlock block : blocks) {
      if (block.contains(family, high, low)) {
        return true;
      }
    }
    return false;
  }
}
