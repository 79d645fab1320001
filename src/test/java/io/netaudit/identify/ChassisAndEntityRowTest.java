package io.netaudit.identify;

import static org.assertj.core.api.Assertions.assertThat;

import io.netaudit.snmp.DeviceString;
import io.netaudit.snmp.EntityMib;
import io.netaudit.snmp.Oid;
import io.netaudit.snmp.TableRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Chassis} picks the row that is the device; {@link EntityRow#of} reads the table. */
class ChassisAndEntityRowTest {
  private static EntityRow row(int index, int cls, int in) {
    return new EntityRow(index, cls, in, "", "", "", "", "", "", "", "");
  }

  @Test
  void firstChassisNotInsideAnother() {
    List<EntityRow> stack = List.of(row(1, 11, 0), row(2, 3, 9), row(9, 3, 1), row(3, 3, 9));
    assertThat(Chassis.of(stack)).map(EntityRow::index).contains(9);
    List<EntityRow> loop = List.of(row(2, 3, 3), row(3, 3, 2));
    assertThat(Chassis.of(loop)).map(EntityRow::index).contains(2);
  }

  @Test
  void withoutClassesTheFirstTopLevelRow() {
    assertThat(Chassis.of(List.of(row(5, 0, 4), row(4, 0, 0)))).map(EntityRow::index).contains(4);
    assertThat(Chassis.of(List.of(row(5, 10, 0)))).isEmpty();
    assertThat(Chassis.of(List.of())).isEmpty();
  }

  @Test
  void readsRowsByColumnAndSkipsOtherIndexes() {
    TableRow chassis =
        TableRow.of(
            EntityMib.ENT_PHYSICAL_TABLE,
            Oid.of(1),
            Map.of(
                EntityMib.CLASS, DeviceString.of("3"),
                EntityMib.MFG_NAME, DeviceString.of(" Huawei\0\0"),
                EntityMib.SERIAL_NUM, DeviceString.of("2102")));
    TableRow noClass =
        TableRow.of(
            EntityMib.ENT_PHYSICAL_TABLE,
            Oid.of(7),
            Map.of(EntityMib.CONTAINED_IN, DeviceString.of("x")));
    TableRow twoArcs = TableRow.of(EntityMib.ENT_PHYSICAL_TABLE, Oid.of(1, 2), Map.of());
    TableRow tooBig = TableRow.of(EntityMib.ENT_PHYSICAL_TABLE, Oid.of(2_147_483_648L), Map.of());
    List<EntityRow> rows = EntityRow.of(List.of(chassis, noClass, twoArcs, tooBig));
    assertThat(rows)
        .containsExactly(
            new EntityRow(1, 3, 0, "", "", "", "", "", "2102", "Huawei", ""),
            new EntityRow(7, 0, 0, "", "", "", "", "", "", "", ""));
  }
}
