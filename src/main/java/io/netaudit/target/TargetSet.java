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
    return new TargetSet(parseAll(parser, includes), parseAll(parser, excludes));
  }

  private static List<AddressBlock> parseAll(SpecParser parser, List<TargetSpec> specs)
      throws TargetSpecException {
    List<AddressBlock> blocks = new ArrayList<>();
    for (TargetSpec spec : specs) {
      blocks.addAll(parser.parse(spec));
    }
    return blocks;
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

  /** True when any exclude spec contains {@code address}. */
  public boolean isExcluded(InetAddress address) {
    Objects.requireNonNull(address, "address");
    Family family = Addresses.family(address);
    long high = Addresses.high(address);
    long low = Addresses.low(address);
    for (AddressBlock exclude : excludes) {
      if (exclude.contains(family, high, low)) {
        return true;
      }
    }
    return false;
  }
}
