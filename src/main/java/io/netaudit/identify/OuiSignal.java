package io.netaudit.identify;

import io.netaudit.snmp.IfMib;
import io.netaudit.snmp.MacAddress;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OUI: the IEEE registrants of the device's MAC addresses, the interfaces' (ifPhysAddress) and the
 * one in a format-3 SNMPv3 engine ID, each looked up by longest prefix and mapped through {@code
 * maker-names.csv}. A {@code device} registrant gives WEAK evidence, which may identify alone when
 * uncontested under a definitive name (decision rule 5a); a {@code nic} registrant (NIC, chip,
 * board and ODM makers; hypervisors' virtual NICs) only corroborates another source naming the same
 * maker, and is reported as the platform the device runs on (unless watched). Locally administered,
 * group, all-zero and broadcast addresses are skipped; registrants outside the catalogue give a
 * note.
 */
final class OuiSignal implements Signal {
  private final VendorCatalogue catalogue;
  private final Registries registries;

  OuiSignal(VendorCatalogue catalogue, Registries registries) {
    this.catalogue = catalogue;
    this.registries = registries;
  }

  @Override
  public Reads reads() {
    return Reads.columns(IfMib.PHYS_ADDRESS);
  }

  @Override
  public void collect(Observations o, Findings found) {
    List<MacAddress> interfaces = new ArrayList<>();
    for (TableRow row : o.rows(IfMib.IF_TABLE)) {
      MacAddress.of(row.get(IfMib.PHYS_ADDRESS).raw()).ifPresent(interfaces::add);
    }
    collect(interfaces, IfMib.PHYS_ADDRESS.name(), found);
    o.engineId()
        .flatMap(e -> MacAddress.parse(e.mac()))
        .ifPresent(mac -> collect(List.of(mac), "engine ID", found));
  }

  /** The evidence and notes of the MACs of one origin ("ifPhysAddress", "engine ID"). */
  private void collect(List<MacAddress> macs, String origin, Findings found) {
    if (macs.isEmpty()) {
      return;
    }
    MacRegistrants tally = new MacRegistrants(origin, catalogue::watched);
    for (MacAddress mac : macs) {
      if (mac.value() == 0 || mac.value() == 0xffff_ffff_ffffL || !tally.firstSight(mac)) {
        continue;
      }
      if (mac.isLocalOrGroup()) {
        tally.local++; // no registrant stands behind it
        continue;
      }
      Optional<OuiRegistry.Assignment> a = registries.oui().lookup(mac.value());
      if (a.isEmpty()) {
        tally.unknown++;
        continue;
      }
      List<VendorCatalogue.MakerMatch> makers = catalogue.registrantsNamed(a.get().organisation());
      if (makers.isEmpty()) {
        tally.otherOrganisation(a.get());
      }
      for (VendorCatalogue.MakerMatch m : makers) {
        tally.maker(mac, a.get(), m);
      }
    }
    tally.report(found, registries.oui().date().map(Object::toString).orElse("undated"));
  }
}
