package io.netaudit.target;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lazy walk over the include blocks. De-duplication needs no memory of what was produced: an
 * address of block i is skipped when an earlier block j &lt; i contains it, because it was (or was
 * excluded) there already. Blocks whose bounds cannot overlap the current one are dropped from the
 * checks once per block, so a big range next to unrelated specs costs nothing extra per address.
 * Single-address blocks (the lines of a long host list) are kept in hash sets instead of the
 * per-block check lists, so a million-line list stays linear instead of quadratic.
 */
final class TargetIterator implements Iterator<InetAddress> {
  private static final AddressBlock[] NONE = new AddressBlock[0];

  private final List<AddressBlock> includes;
  private final List<AddressBlock> excludes;

  private int blockIndex = -1;
  private AddressBlock block;
  private BlockCursor cursor;

  /** Earlier includes and excludes that may overlap the current block: the per-address checks. */
  private AddressBlock[] skipIfIn = NONE;

  private InetAddress next;

  /** One address, as a hash key. */
  private record Key(Family family, long high, long low) {}

  private final java.util.Set<Key> excludedSingles = new java.util.HashSet<>();
  private final List<AddressBlock> excludedRanges = new ArrayList<>();
  private final java.util.Set<Key> earlierSingles = new java.util.HashSet<>();
  private final List<AddressBlock> earlierRanges = new ArrayList<>();

  TargetIterator(List<AddressBlock> includes, List<AddressBlock> excludes) {
    this.includes = includes;
    this.excludes = excludes;
    for (AddressBlock e : excludes) {
      if (e.size() == 1) {
        excludedSingles.add(new Key(e.family(), e.high(), e.firstLow()));
      } else {
        excludedRanges.add(e);
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = findNext();
    }
    return next != null;
  }

  @Override
  public InetAddress next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InetAddress result = next;
    next = null;
    return result;
  }

  private InetAddress findNext() {
    while (true) {
      if (cursor == null || !cursor.advance()) {
        if (!startNextBlock()) {
          return null;
        }
        continue;
      }
      long high = cursor.high();
      long low = cursor.low();
      if (!skipped(high, low)) {
        return Addresses.toInet(block.family(), high, low);
      }
    }
  }

  private boolean skipped(long high, long low) {
    Family family = block.family();
    for (AddressBlock other : skipIfIn) {
      if (other.contains(family, high, low)) {
        return true;
      }
    }
    if (excludedSingles.isEmpty() && earlierSingles.isEmpty()) {
      return false;
    }
    Key key = new Key(family, high, low);
    return excludedSingles.contains(key) || earlierSingles.contains(key);
  }

  private boolean startNextBlock() {
    if (block != null) {
      if (block.size() == 1) {
        earlierSingles.add(new Key(block.family(), block.high(), block.firstLow()));
      } else {
        earlierRanges.add(block);
      }
    }
    blockIndex++;
    if (blockIndex >= includes.size()) {
      block = null;
      cursor = null;
      blockIndex = includes.size();
      return false;
    }
    block = includes.get(blockIndex);
    cursor = block.cursor();
    List<AddressBlock> checks = new ArrayList<>();
    // Excludes first: typically few and broad, so they short-circuit most skips.
    for (AddressBlock exclude : excludedRanges) {
      if (exclude.mayOverlap(block)) {
        checks.add(exclude);
      }
    }
    for (AddressBlock earlier : earlierRanges) {
      if (earlier.mayOverlap(block)) {
        checks.add(earlier);
      }
    }
    skipIfIn = checks.toArray(NONE);
    return true;
  }
}
