package io.netaudit.report;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One report row, typed: the address it is sorted and identified by, and four small groups of
 * facts. The columns each writer prints from it are {@link ReportColumn}s. Adding a column means
 * one field in one group record (and its setter in {@link Builder}) plus one {@link ReportColumn}
 * entry.
 *
 * <p>Over 300 lines because of its {@link Builder}: one setter per column of a wide row, so that
 * each caller names the values it sets and leaves the others at their defaults.
 *
 * @param address the device's address (a component's chassis, a neighbour's management address)
 * @param finding the verdict: status, maker, advisories, confidence, evidence
 * @param device what the device said about itself
 * @param poll how it was polled
 * @param subject what the row is about: the device, a component inside it, a neighbour or an
 *     endpoint
 * @param macFacts the row's MAC addresses and, for an endpoint, where they were seen
 * @param compliance the deadline the finding carries and the waiver that matched it
 * @param history its site, and since when the history store has seen it
 */
public record ReportRow(
    InetAddress address,
    Finding finding,
    DeviceFacts device,
    PollFacts poll,
    Subject subject,
    MacFacts macFacts,
    ComplianceFacts compliance,
    History history) {

  /** A row without MAC facts, deadline or waiver, not yet placed in any history. */
  public ReportRow(
      InetAddress address, Finding finding, DeviceFacts device, PollFacts poll, Subject subject) {
    this(
        address, finding, device, poll, subject, MacFacts.NONE, ComplianceFacts.NONE, History.NONE);
  }

  /** A row without MAC facts, not yet placed in any history. */
  public ReportRow(
      InetAddress address,
      Finding finding,
      DeviceFacts device,
      PollFacts poll,
      Subject subject,
      ComplianceFacts compliance) {
    this(address, finding, device, poll, subject, MacFacts.NONE, compliance, History.NONE);
  }

  public ReportRow {
    Objects.requireNonNull(finding, "finding");
    device = device == null ? DeviceFacts.NONE : device;
    poll = poll == null ? new PollFacts("", null, "", "") : poll;
    subject = subject == null ? Subject.DEVICE : subject;
    macFacts = macFacts == null ? MacFacts.NONE : macFacts;
    compliance = compliance == null ? ComplianceFacts.NONE : compliance;
    history = history == null ? History.NONE : history;
    // Every other row is sorted and identified by its address, so one without is a programming
    // error; an endpoint is identified by its MAC and may have no IP, or several.
    if (subject.kind() != RowKind.ENDPOINT) {
      Objects.requireNonNull(address, "address");
    }
  }

  /** This row with its site and sightings from the history store. */
  public ReportRow withHistory(History history) {
    return new ReportRow(address, finding, device, poll, subject, macFacts, compliance, history);
  }

  /**
   * This row with the waiver that matched it: the status is kept, the waiver's id, expiry and state
   * are set, and {@code text} (what the waiver says) is added to the evidence before the verdict.
   */
  public ReportRow waived(String id, LocalDate expires, String state, String text) {
    List<EvidenceItem> evidence = new java.util.ArrayList<>(finding.evidence());
    int at = evidence.size();
    while (at > 0 && evidence.get(at - 1).kind() == EvidenceItem.Kind.VERDICT) {
      at--;
    }
    evidence.add(at, EvidenceItem.waiver(text));
    Finding f =
        new Finding(
            finding.status(),
            finding.vendor(),
            finding.advisories(),
            finding.confidence(),
            evidence,
            finding.cpe());
    ComplianceFacts c =
        new ComplianceFacts(
            compliance.deadline(), compliance.deadlineAdvisory(), id, expires, state);
    return new ReportRow(address, f, device, poll, subject, macFacts, c, history);
  }

  /** A row about the device at address with the given status; everything else is set on it. */
  public static Builder builder(InetAddress address, AuditStatus status) {
    return new Builder(Objects.requireNonNull(address, "address"), status);
  }

  /**
   * An endpoint's row: no single address (set its IPs with {@link Builder#endpointAddresses}), the
   * subject {@link Subject#endpoint}.
   */
  public static Builder endpoint(AuditStatus status) {
    return new Builder(null, status);
  }

  /** The same row with other MAC facts (the device rows' own MACs are known at the end). */
  public ReportRow withMacFacts(MacFacts facts) {
    return new ReportRow(address, finding, device, poll, subject, facts, compliance, history);
  }

  /** Builds a row one named fact at a time; unset text is "", unset numbers null. */
  public static final class Builder {
    private final InetAddress address;
    private final AuditStatus status;
    private String vendor;
    private List<String> advisories = List.of();
    private String confidence;
    private List<EvidenceItem> evidence = List.of();
    private String sysDescr;
    private String sysObjectId;
    private Long enterpriseNumber;
    private String sysName;
    private String sysLocation;
    private String model;
    private String firmware;
    private String sysContact;
    private Long sysUptime;
    private String serial;
    private CpeNames cpe = CpeNames.NONE;
    private String snmpVersion;
    private Instant polledAt;
    private String credential;
    private String detail;
    private Subject subject = Subject.DEVICE;
    private LocalDate deadline;
    private String deadlineAdvisory;
    private History history = History.NONE;
    private List<String> macs = List.of();
    private String port;
    private Integer vlan;
    private List<String> endpointAddresses = List.of();

    private Builder(InetAddress address, AuditStatus status) {
      this.address = address;
      this.status = Objects.requireNonNull(status, "status");
    }

    public Builder macs(List<String> macs) {
      this.macs = macs;
      return this;
    }

    public Builder port(String port) {
      this.port = port;
      return this;
    }

    public Builder vlan(Integer vlan) {
      this.vlan = vlan;
      return this;
    }

    /** An endpoint's IP addresses, as text. */
    public Builder endpointAddresses(List<String> addresses) {
      this.endpointAddresses = addresses;
      return this;
    }

    public Builder vendor(String vendor) {
      this.vendor = vendor;
      return this;
    }

    public Builder advisories(List<String> advisories) {
      this.advisories = advisories;
      return this;
    }

    public Builder confidence(String confidence) {
      this.confidence = confidence;
      return this;
    }

    public Builder evidence(List<EvidenceItem> evidence) {
      this.evidence = evidence;
      return this;
    }

    public Builder sysDescr(String sysDescr) {
      this.sysDescr = sysDescr;
      return this;
    }

    public Builder sysObjectId(String sysObjectId) {
      this.sysObjectId = sysObjectId;
      return this;
    }

    public Builder enterpriseNumber(Long enterpriseNumber) {
      this.enterpriseNumber = enterpriseNumber;
      return this;
    }

    public Builder sysName(String sysName) {
      this.sysName = sysName;
      return this;
    }

    public Builder sysLocation(String sysLocation) {
      this.sysLocation = sysLocation;
      return this;
    }

    public Builder model(String model) {
      this.model = model;
      return this;
    }

    public Builder firmware(String firmware) {
      this.firmware = firmware;
      return this;
    }

    public Builder sysContact(String sysContact) {
      this.sysContact = sysContact;
      return this;
    }

    public Builder sysUptime(Long sysUptime) {
      this.sysUptime = sysUptime;
      return this;
    }

    public Builder serial(String serial) {
      this.serial = serial;
      return this;
    }

    public Builder cpe(CpeNames cpe) {
      this.cpe = cpe;
      return this;
    }

    public Builder snmpVersion(String snmpVersion) {
      this.snmpVersion = snmpVersion;
      return this;
    }

    public Builder polledAt(Instant polledAt) {
      this.polledAt = polledAt;
      return this;
    }

    public Builder credential(String credential) {
      this.credential = credential;
      return this;
    }

    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    public Builder subject(Subject subject) {
      this.subject = subject;
      return this;
    }

    /** The earliest removal deadline of the finding and the advisory that sets it. */
    public Builder deadline(LocalDate deadline, String advisory) {
      this.deadline = deadline;
      this.deadlineAdvisory = advisory;
      return this;
    }

    public Builder history(History history) {
      this.history = history;
      return this;
    }

    public ReportRow build() {
      return new ReportRow(
          address,
          new Finding(status, vendor, advisories, confidence, evidence, cpe),
          new DeviceFacts(
              sysDescr,
              sysObjectId,
              enterpriseNumber,
              sysName,
              sysLocation,
              model,
              firmware,
              sysContact,
              sysUptime,
              serial),
          new PollFacts(snmpVersion, polledAt, credential, detail),
          subject,
          new MacFacts(macs, port, vlan, endpointAddresses),
          new ComplianceFacts(deadline, deadlineAdvisory, "", null, ""),
          history);
    }
  }
}
