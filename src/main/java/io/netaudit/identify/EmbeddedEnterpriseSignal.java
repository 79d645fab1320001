package io.netaudit.identify;

import io.netaudit.snmp.Oid;
import io.netaudit.snmp.Reads;
import io.netaudit.snmp.SystemMib;
import io.netaudit.text.Quote;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * SYS_OBJECT_ID, embedded: generic stacks (catalogue strength {@code none}) sometimes append the
 * OEM's own product OID: RND/Radlan firmware answers {@code
 * 1.3.6.1.4.1.89.1.1.1.3.6.1.4.1.4526.100.4.25} on a Netgear switch. The embedded enterprise counts
 * as if it were the sysObjectID's (catalogue numbers with a maker only).
 */
final class EmbeddedEnterpriseSignal implements Signal {
  private final VendorCatalogue catalogue;

  EmbeddedEnterpriseSignal(VendorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Reads reads() {
    return Reads.scalars(SystemMib.SYS_OBJECT_ID);
  }

  @Override
  public void collect(Observations o, Findings found) {
    String text = o.sysObjectId().strip();
    Oid oid;
    long own;
    try {
      oid = Oid.parse(text);
      own = oid.enterpriseNumber();
    } catch (IllegalArgumentException e) {
      return; // noted by SysObjectIdSignal
    }
    boolean generic =
        catalogue
            .enterprise(own)
            .filter(e -> e.strength() == EnterpriseNumber.PenStrength.NONE)
            .isPresent();
    OptionalLong embedded = oid.embeddedEnterprise();
    if (!generic || embedded.isEmpty()) {
      return;
    }
    long inner = embedded.getAsLong();
    Optional<EnterpriseNumber> e = catalogue.enterprise(inner);
    if (e.isPresent() && e.get().vendor().isPresent()) {
      Strength st =
          e.get().strength() == EnterpriseNumber.PenStrength.DEFINITIVE
              ? Strength.DEFINITIVE
              : Strength.WEAK;
      found.add(
          new Evidence(
              SignalSource.SYS_OBJECT_ID,
              e.get().vendor().get(),
              st,
              "sysObjectID "
                  + Quote.of(text)
                  + " embeds enterprise "
                  + inner
                  + st.tag()
                  + " = "
                  + e.get().vendor().get().name()));
    }
  }
}
