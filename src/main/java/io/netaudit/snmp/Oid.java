package io.netaudit.snmp;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An SNMP object identifier: a non-empty sequence of arcs, each an unsigned 32-bit number
 * (0..4294967295). Immutable; equal by arcs; ordered lexicographically by arcs (a prefix sorts
 * before what extends it), which is the order of an SNMP walk.
 *
 * <p>The one text form: dotted decimal. {@link #parse} strips surrounding white space and accepts
 * one leading dot ({@code .1.3.6}); {@link #toString()} writes no leading dot. The enterprise rule
 * lives here too: the enterprise number is the arc right after {@code 1.3.6.1.4.1} ({@link
 * #enterpriseNumber()}).
 */
public final class Oid implements Comparable<Oid> {

  /** The largest arc: 2^32 - 1. */
  public static final long MAX_ARC = 4_294_967_295L;

  /** 1.3.6.1.4.1, the arc under which IANA assigns Private Enterprise Numbers. */
  public static final Oid ENTERPRISES = of(1, 3, 6, 1, 4, 1);

  /** Unsigned arcs, as SNMP4J keeps them: compact, and converted at the adapters without work. */
  private final int[] arcs;

  private Oid(int[] arcs) {
    this.arcs = arcs;
  }

  /**
   * The OID of these arcs.
   *
   * @throws IllegalArgumentException when there are no arcs or an arc is outside 0..4294967295
   */
  public static Oid of(long... arcs) {
    if (arcs.length == 0) {
      throw new IllegalArgumentException("is empty");
    }
    int[] a = new int[arcs.length];
    for (int i = 0; i < arcs.length; i++) {
      if (arcs[i] < 0 || arcs[i] > MAX_ARC) {
        throw new IllegalArgumentException("has an arc above " + MAX_ARC);
      }
      a[i] = (int) arcs[i];
    }
    return new Oid(a);
  }

  /**
   * The OID of arcs held as unsigned ints (SNMP4J's {@code OID.getValue()}); the array is copied.
   */
  public static Oid ofUnsigned(int[] arcs) {
    if (arcs.length == 0) {
      throw new IllegalArgumentException("is empty");
    }
    return new Oid(arcs.clone());
  }

  /**
   * Parses dotted decimal. White space around the text is stripped and one leading dot is accepted.
   *
   * @throws IllegalArgumentException whose message is the reason, worded to follow the text: "is
   *     empty", "is malformed" or "has an arc above 4294967295"
   */
  public static Oid parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.startsWith(".")) {
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("is empty");
    }
    String[] parts = s.split("\\.", -1);
    int[] a = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 10 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("is malformed");
      }
      long arc = Long.parseLong(p);
      if (arc > MAX_ARC) {
        throw new IllegalArgumentException("has an arc above " + MAX_ARC);
      }
      a[i] = (int) arc;
    }
    return new Oid(a);
  }

  /** {@link #parse}, or empty when the text is not an OID. */
  public static Optional<Oid> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Number of arcs (at least 1). */
  public int size() {
    return arcs.length;
  }

  /** The arc at {@code index} (0-based), 0..4294967295. */
  public long arc(int index) {
    return Integer.toUnsignedLong(arcs[index]);
  }

  /** The arcs as unsigned ints, for SNMP4J's {@code new OID(int[])}; a copy. */
  public int[] toUnsignedInts() {
    return arcs.clone();
  }

  /** True when this OID is {@code prefix} or lies under it. */
  public boolean startsWith(Oid prefix) {
    return prefix.arcs.length <= arcs.length
        && Arrays.equals(arcs, 0, prefix.arcs.length, prefix.arcs, 0, prefix.arcs.length);
  }

  /** This OID followed by {@code more} arcs. */
  public Oid append(long... more) {
    return append(of(more));
  }

  /** This OID followed by the arcs of {@code suffix}. */
  public Oid append(Oid suffix) {
    int[] a = Arrays.copyOf(arcs, arcs.length + suffix.arcs.length);
    System.arraycopy(suffix.arcs, 0, a, arcs.length, suffix.arcs.length);
    return new Oid(a);
  }

  /**
   * The arcs from {@code from} (0-based) to the end: the instance part of a column's OID.
   *
   * @throws IllegalArgumentException when nothing is left
   */
  public Oid suffix(int from) {
    if (from < 0 || from >= arcs.length) {
      throw new IllegalArgumentException("no arcs after " + from + " in " + this);
    }
    return new Oid(Arrays.copyOfRange(arcs, from, arcs.length));
  }

  /**
   * The enterprise number: the arc right after {@code 1.3.6.1.4.1}.
   *
   * @throws IllegalArgumentException whose message is the reason, worded to follow the OID: "is not
   *     under 1.3.6.1.4.1 (enterprises)" or "stops at 1.3.6.1.4.1 (no enterprise arc)"
   */
  public long enterpriseNumber() {
    if (!startsWith(ENTERPRISES)) {
      throw new IllegalArgumentException("is not under 1.3.6.1.4.1 (enterprises)");
    }
    if (arcs.length == ENTERPRISES.arcs.length) {
      throw new IllegalArgumentException("stops at 1.3.6.1.4.1 (no enterprise arc)");
    }
    return arc(ENTERPRISES.arcs.length);
  }

  /** {@link #enterpriseNumber()}, or empty when this OID has none. */
  public OptionalLong enterprise() {
    return startsWith(ENTERPRISES) && arcs.length > ENTERPRISES.arcs.length
        ? OptionalLong.of(arc(ENTERPRISES.arcs.length))
        : OptionalLong.empty();
  }

  /**
   * The first enterprise number embedded after this OID's own: generic stacks sometimes append the
   * OEM's product OID ({@code 1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25} on a Netgear switch
   * running RND firmware embeds 4526). The search starts after the first seven arcs (1.3.6.1.4.1
   * and an enterprise number); empty when nothing is embedded.
   */
  public OptionalLong embeddedEnterprise() {
    int n = ENTERPRISES.arcs.length;
    for (int i = n + 1; i + n < arcs.length; i++) {
      if (Arrays.equals(arcs, i, i + n, ENTERPRISES.arcs, 0, n)) {
        return OptionalLong.of(arc(i + n));
      }
    }
    return OptionalLong.empty();
  }

  @Override
  public int compareTo(Oid other) {
    int n = Math.min(arcs.length, other.arcs.length);
    for (int i = 0; i < n; i++) {
      int c = Integer.compareUnsigned(arcs[i], other.arcs[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(arcs.length, other.arcs.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Oid other && Arrays.equals(arcs, other.arcs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(arcs);
  }

  /** Dotted decimal without a leading dot, e.g. {@code 1.3.6.1.4.1.2011.2.23.96}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(arcs.length * 4);
    for (int i = 0; i < arcs.length; i++) {
      if (i > 0) {
        b.append('.');
      }
      b.append(Integer.toUnsignedString(arcs[i]));
    }
    return b.toString();
  }
}
