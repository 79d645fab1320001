package io.netaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.identify.Identifier;
import io.netaudit.identify.VendorCatalogue;
import io.netaudit.policy.Policy;
import io.netaudit.report.AuditStatus;
import io.netaudit.report.ReportColumn;
import io.netaudit.report.ReportRow;
import io.netaudit.report.ReportRows;
import io.netaudit.snmp.MacAddress;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where an endpoint is located, which MACs are the devices' own, and how each is judged. */
class EndpointLocationTest {
  private static final InetAddress CORE = ip("10.0.0.1");
  private static final InetAddress ACCESS = ip("10.0.0.2");
  private static final InetAddress DIST = ip("10.0.0.3");
  private static EndpointJudge judge;

  @BeforeAll
  static void judge() throws Exception {
    judge = new EndpointJudge(new Identifier(VendorCatalogue.loadBundled()), Policy.loadBundled());
  }

  @Test
  void theEdgePortWinsOverUplinksAndBusyPortsAndArp() {
    long camera = mac("44:19:b6:01:02:03");
    EndpointTable t = new EndpointTable();
    EndpointTable.DeviceSink core = t.device(CORE, Instant.EPOCH);
    core.arp(camera, ip("10.0.10.50"), "Vlan10");
    core.forwarding(camera, "Te1/1", 10, true);
    core.close();
    EndpointTable.DeviceSink dist = t.device(DIST, Instant.EPOCH);
    for (int i = 0; i < 20; i++) {
      dist.forwarding(mac("00:1b:54:00:01:00") + i, "1/1/1", 10, false);
    }
    dist.forwarding(camera, "1/1/1", 10, false);
    dist.close();
    EndpointTable.DeviceSink access = t.device(ACCESS, Instant.EPOCH);
    access.forwarding(camera, "Gi1/0/7", 10, false);
    access.close();

    EndpointLocation at = EndpointLocation.of(t.sightingsOf(camera));

    assertThat(at.edge().seenBy()).isEqualTo(ACCESS);
    assertThat(at.edge().port()).isEqualTo("Gi1/0/7");
    assertThat(at.others()).extracting(Sighting::seenBy).containsExactly(CORE, DIST, CORE);
    assertThat(at.otherSightings())
        .isEqualTo(
            "also seen by 10.0.0.1 port Te1/1 vlan 10 (uplink: an LLDP/CDP switch or router"
                + " neighbour); 10.0.0.3 port 1/1/1 vlan 10 (uplink: 21 MACs on this port);"
                + " 10.0.0.1 interface Vlan10 (ARP entry 10.0.10.50 (a routed interface))");
  }

  @Test
  void aMacOnlyInAnArpTableIsLocatedToTheRoutedInterface() {
    long mac = mac("00:1b:54:00:00:09");
    EndpointTable t = new EndpointTable();
    EndpointTable.DeviceSink core = t.device(CORE, Instant.EPOCH);
    core.arp(mac, ip("10.0.20.9"), "Vlan20");
    core.close();
    Endpoints e = t.finish(Set.of(CORE), List.of(), Map.of());

    ReportRow row = rows(e).get(0);
    assertThat(ReportColumn.ADDRESS.text(row)).isEqualTo("10.0.20.9");
    assertThat(ReportColumn.PORT.text(row)).isEqualTo("Vlan20");
    assertThat(ReportColumn.VLAN.text(row)).isEmpty();
    assertThat(ReportColumn.SEEN_BY.text(row)).isEqualTo("10.0.0.1");
    assertThat(ReportColumn.ROW_TYPE.text(row)).isEqualTo("endpoint");
  }

  @Test
  void aMacWhoseIpAnsweredIsThatDevicesAndEveryOtherMacIsOneEndpoint() {
    long access = mac("00:1b:54:00:00:02");
    long phone = mac("00:1b:54:00:00:77");
    EndpointTable t = new EndpointTable();
    EndpointTable.DeviceSink core = t.device(CORE, Instant.EPOCH);
    core.arp(access, ACCESS, "Vlan1");
    core.arp(phone, ip("10.0.1.77"), "Vlan1");
    core.forwarding(phone, "Gi1/0/1", 1, false);
    core.close();
    EndpointTable.DeviceSink sw = t.device(ACCESS, Instant.EPOCH);
    sw.forwarding(phone, "Gi1/0/9", 1, false);
    sw.forwarding(phone, "Gi1/0/9", 1, false);
    sw.close();

    Endpoints e = t.finish(Set.of(CORE, ACCESS), List.of(), Map.of());

    assertThat(e.macsOf(ACCESS)).containsExactly("00:1b:54:00:00:02");
    assertThat(e.size()).isEqualTo(1);
    assertThat(e.mac(0).toString()).isEqualTo("00:1b:54:00:00:77");
    assertThat(e.sightings(e.mac(0))).hasSize(3);
  }

  @Test
  void verdictsByRegistrant() {
    assertThat(verdict("44:19:b6:01:02:03").verdict().status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(verdict("44:19:b6:01:02:03").verdict().reason())
        .startsWith(
            "MAC OUI 44:19:b6 = Hangzhou Hikvision Digital Technology Co.,Ltd. (IEEE MA-L); no other"
                + " signal: ");
    assertThat(verdict("44:19:b6:01:02:03").verdict().advisories()).isNotEmpty();
    assertThat(verdict("00:0f:e2:01:02:03").verdict().status()).isEqualTo(AuditStatus.REVIEW);
    assertThat(verdict("00:1b:54:01:02:03").verdict().status()).isEqualTo(AuditStatus.COMPLIANT);
    assertThat(verdict("00:01:05:00:bb:d7").vendor()).isEqualTo("Beckhoff Automation GmbH");
    assertThat(verdict("00:01:05:00:bb:d7").verdict().status()).isEqualTo(AuditStatus.COMPLIANT);
    EndpointJudge.Judged local = verdict("02:11:22:33:44:55");
    assertThat(local.verdict().status()).isEqualTo(AuditStatus.UNIDENTIFIED);
    assertThat(local.vendor()).isEmpty();
    assertThat(local.identification().notes())
        .containsExactly("locally administered address: no registry owner");
    assertThat(verdict("74:1a:e0:90:00:01").verdict().status())
        .as("MA-M registered as Private")
        .isEqualTo(AuditStatus.UNIDENTIFIED);
  }

  private static EndpointJudge.Judged verdict(String mac) {
    return judge.judge(MacAddress.parse(mac).orElseThrow());
  }

  private static List<ReportRow> rows(Endpoints e) {
    List<ReportRow> out = new ArrayList<>();
    try (ReportRows.Cursor c = new EndpointRows(e, judge).open()) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  private static long mac(String text) {
    return MacAddress.parse(text).orElseThrow().value();
  }

  private static InetAddress ip(String s) {
    try {
      return InetAddress.getByName(s);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
