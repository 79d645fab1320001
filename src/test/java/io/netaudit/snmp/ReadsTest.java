package io.netaudit.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadsTest {
  private static final Oid MODEL = Oid.parse("1.3.6.1.4.1.39165.1.1.0");

  @Test
  void unionKeepsFirstDeclaredOrderWithoutRepeats() {
    Reads r =
        Reads.scalars(SystemMib.SYS_DESCR, MODEL)
            .and(Reads.columns(EntityMib.MODEL_NAME, EntityMib.DESCR))
            .and(Reads.scalars(MODEL))
            .and(Reads.columns(IfMib.PHYS_ADDRESS, EntityMib.DESCR))
            .and(Reads.SERVED_ENTERPRISES);
    assertThat(r.scalars()).containsExactly(SystemMib.SYS_DESCR, MODEL);
    assertThat(r.columns())
        .containsExactly(EntityMib.MODEL_NAME, EntityMib.DESCR, IfMib.PHYS_ADDRESS);
    assertThat(r.servedEnterprises()).isTrue();
    assertThat(Reads.NOTHING.and(Reads.NOTHING).isEmpty()).isTrue();
  }

  @Test
  void tablesInDeclaredOrderColumnsByNumber() {
    Reads r = Reads.columns(IfMib.PHYS_ADDRESS, EntityMib.MODEL_NAME, EntityMib.DESCR);
    assertThat(r.tables().keySet()).containsExactly(IfMib.IF_TABLE, EntityMib.ENT_PHYSICAL_TABLE);
    assertThat(r.tables().get(EntityMib.ENT_PHYSICAL_TABLE))
        .containsExactly(EntityMib.DESCR, EntityMib.MODEL_NAME);
  }

  @Test
  void withoutScalarsDropsOnlyThose() {
    Reads r =
        Reads.scalars(List.of(SystemMib.SYS_OBJECT_ID, MODEL)).withoutScalars(SystemMib.GROUP);
    assertThat(r.scalars()).containsExactly(MODEL);
  }
}
