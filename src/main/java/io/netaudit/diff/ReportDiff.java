package io.netaudit.diff;

import io.netaudit.report.AddressOrder;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportColumn;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares two reports device by device. Rows are matched by address (IPv6 spellings are
 * normalised, so 2001:db8:0:0:0:0:0:5 matches 2001:db8::5); when one report has several rows for
 * the same address they are paired in file order and the surplus counts as appeared or disappeared.
 * Compared fields: {@link #FIELDS}. Status is compared case-insensitively (older reports wrote it
 * in lower case); the other fields exactly. Endpoint rows are matched by MAC instead: appeared,
 * disappeared, changed in {@link #ENDPOINT_FIELDS}, or moved ({@link #WHERE}: another switch, port
 * or VLAN); their changes follow the devices', by MAC.
 */
public final class ReportDiff {
  /** The compared columns, in output order: the device's identity, then the verdict. */
  public static final List<ReportColumn> FIELDS =
      List.of(
          ReportColumn.VENDOR,
          ReportColumn.MODEL,
          ReportColumn.FIRMWARE,
          ReportColumn.STATUS,
          ReportColumn.ADVISORIES);

  /** An endpoint's compared columns: its verdict. */
  public static final List<ReportColumn> ENDPOINT_FIELDS =
      List.of(ReportColumn.VENDOR, ReportColumn.STATUS, ReportColumn.ADVISORIES);

  /** Where an endpoint sits: a change here is a move. */
  public static final List<ReportColumn> WHERE =
      List.of(ReportColumn.SEEN_BY, ReportColumn.PORT, ReportColumn.VLAN);

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6ISH =
      Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?");

  private ReportDiff() {}

  /**
   * The changes, ordered by address (IPv4 before IPv6, numerically), then
   * appeared/disappeared/changed.
   */
  public static List<Change> compare(ReportSnapshot oldReport, ReportSnapshot newReport) {
    Map<String, Deque<ReportSnapshot.Device>> olds = byKey(oldReport);
    List<Change> changes = new ArrayList<>();
    List<Change> endpoints = new ArrayList<>();
    for (ReportSnapshot.Device now : newReport.devices()) {
      Deque<ReportSnapshot.Device> candidates = olds.get(key(now));
      ReportSnapshot.Device before = candidates == null ? null : candidates.pollFirst();
      List<Change> into = now.isEndpoint() ? endpoints : changes;
      if (before == null) {
        into.add(whole(Change.Kind.APPEARED, now, false));
      } else {
        changed(before, now, fields(now)).ifPresent(into::add);
        if (now.isEndpoint()) {
          moved(before, now).ifPresent(into::add);
        }
      }
    }
    for (Deque<ReportSnapshot.Device> left : olds.values()) {
      for (ReportSnapshot.Device gone : left) {
        (gone.isEndpoint() ? endpoints : changes).add(whole(Change.Kind.DISAPPEARED, gone, true));
      }
    }
    changes.sort(
        Comparator.comparing((Change c) -> c.address(), ReportDiff::compareAddresses)
            .thenComparing(Change::kind));
    endpoints.sort(Comparator.comparing(Change::address).thenComparing(Change::kind));
    changes.addAll(endpoints);
    return changes;
  }

  private static List<ReportColumn> fields(ReportSnapshot.Device d) {
    return d.isEndpoint() ? ENDPOINT_FIELDS : FIELDS;
  }

  /** An endpoint seen behind another switch, port or VLAN. */
  private static Optional<Change> moved(ReportSnapshot.Device before, ReportSnapshot.Device now) {
    List<Change.FieldChange> fields = new ArrayList<>();
    for (ReportColumn f : WHERE) {
      if (!before.get(f).equals(now.get(f))) {
        fields.add(new Change.FieldChange(f, before.get(f), now.get(f)));
      }
    }
    return fields.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Change(
                Change.Kind.MOVED,
                now.get(ReportColumn.MAC),
                now.get(ReportColumn.STATUS),
                fields,
                false));
  }

  /** True when any change is a new RESTRICTED finding. */
  public static boolean hasNewRestricted(List<Change> changes) {
    return changes.stream().anyMatch(Change::newRestricted);
  }

  private static Map<String, Deque<ReportSnapshot.Device>> byKey(ReportSnapshot report) {
    Map<String, Deque<ReportSnapshot.Device>> map = new LinkedHashMap<>();
    for (ReportSnapshot.Device d : report.devices()) {
      map.computeIfAbsent(key(d), k -> new ArrayDeque<>()).add(d);
    }
    return map;
  }

  private static Change whole(Change.Kind kind, ReportSnapshot.Device d, boolean old) {
    List<Change.FieldChange> fields = new ArrayList<>();
    List<ReportColumn> compared = new ArrayList<>(fields(d));
    if (d.isEndpoint()) {
      compared.addAll(WHERE); // where to find an endpoint that appeared (or was last seen)
    }
    for (ReportColumn f : compared) {
      String v = d.get(f);
      fields.add(old ? new Change.FieldChange(f, v, "") : new Change.FieldChange(f, "", v));
    }
    String status = d.get(ReportColumn.STATUS);
    boolean restricted = !old && isRestricted(status);
    return new Change(kind, name(d), status, fields, restricted);
  }

  /** How a change names the row: its address, or an endpoint's MAC. */
  private static String name(ReportSnapshot.Device d) {
    return d.isEndpoint() ? d.get(ReportColumn.MAC) : d.address();
  }

  private static Optional<Change> changed(
      ReportSnapshot.Device before, ReportSnapshot.Device now, List<ReportColumn> compared) {
    List<Change.FieldChange> fields = new ArrayList<>();
    for (ReportColumn f : compared) {
      String a = before.get(f);
      String b = now.get(f);
      boolean same = f == ReportColumn.STATUS ? normStatus(a).equals(normStatus(b)) : a.equals(b);
      if (!same) {
        fields.add(new Change.FieldChange(f, a, b));
      }
    }
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    String status = now.get(ReportColumn.STATUS);
    boolean restricted = isRestricted(status) && !isRestricted(before.get(ReportColumn.STATUS));
    return Optional.of(new Change(Change.Kind.CHANGED, name(now), status, fields, restricted));
  }

  static boolean isRestricted(String status) {
    return AuditStatus.RESTRICTED.name().equals(normStatus(status));
  }

  private static String normStatus(String s) {
    return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
  }

  /** A row's matching key: an endpoint's MAC, else its address's {@link #key(String)}. */
  private static String key(ReportSnapshot.Device d) {
    return d.isEndpoint()
        ? "mac " + d.get(ReportColumn.MAC).strip().toLowerCase(Locale.ROOT)
        : key(d.address());
  }

  /** The matching key: the canonical form of an IP literal, else the trimmed lower-case text. */
  static String key(String address) {
    return parse(address)
        .map(InetAddress::getHostAddress)
        .orElse(address.strip().toLowerCase(Locale.ROOT));
  }

  /** Parses IP literals only (never a DNS lookup: anything else is left as text). */
  private static Optional<InetAddress> parse(String address) {
    String a = address.strip();
    if (!IPV4.matcher(a).matches() && !IPV6ISH.matcher(a).matches()) {
      return Optional.empty();
    }
    if (IPV4.matcher(a).matches()) {
      byte[] b = new byte[4];
      String[] parts = a.split("\\.");
      for (int i = 0; i < 4; i++) {
        int v = Integer.parseInt(parts[i]);
        if (v > 255) {
          return Optional.empty();
        }
        b[i] = (byte) v;
      }
      try {
        return Optional.of(InetAddress.getByAddress(b));
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
    }
    try {
      // Contains ':' so the JDK treats it as an IPv6 literal and never resolves it.
      return Optional.of(InetAddress.getByName(a.startsWith("[") ? a : "[" + a + "]"));
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static int compareAddresses(String a, String b) {
    Optional<InetAddress> x = parse(a);
    Optional<InetAddress> y = parse(b);
    if (x.isPresent() && y.isPresent()) {
      int c = new AddressOrder().compare(x.get(), y.get());
      return c != 0 ? c : a.compareTo(b);
    }
    if (x.isPresent() != y.isPresent()) {
      return x.isPresent() ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
