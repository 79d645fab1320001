package io.netaudit.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A walk's row over shared arrays reads like a row over a map. */
class TableRowTest {
  private static final TableId FDB =
      TableId.perAddress("fdb", Oid.of(1, 3, 6, 1, 2, 1, 17, 4, 3, 1));
  private static final ColumnId ADDRESS = FDB.column(1, "address");
  private static final ColumnId PORT = FDB.column(2, "port");
  private static final ColumnId STATUS = FDB.column(3, "status");

  @Test
  void aWalkRowAnswersLikeAMapRowAndSkipsUnansweredColumns() {
    int[] numbers = {1, 2, 3};
    DeviceString port = DeviceString.of("7");
    DeviceString status = DeviceString.of("3");
    TableRow walked =
        TableRow.ofWalk(FDB, Oid.of(0, 20, 1), numbers, new DeviceString[] {null, port, status});
    TableRow mapped = new TableRow(FDB, Oid.of(0, 20, 1), Map.of(3, status, 2, port));

    assertThat(walked.get(PORT)).isEqualTo(port);
    assertThat(walked.get(STATUS)).isEqualTo(status);
    assertThat(walked.get(ADDRESS)).isEqualTo(DeviceString.EMPTY);
    assertThat(walked.columns()).containsOnlyKeys(2, 3).doesNotContainKey(1);
    assertThat(walked.columns().keySet()).containsExactly(2, 3);
    assertThat(walked.columns()).isEqualTo(mapped.columns()).hasSize(2);
    assertThat(walked).isEqualTo(mapped);
    assertThatThrownBy(() -> walked.columns().put(1, port))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rowsOfOneWalkShareTheColumnNumbers() {
    int[] numbers = {2, 3};
    List<TableRow> rows =
        List.of(
            TableRow.ofWalk(
                FDB, Oid.of(1), numbers, new DeviceString[] {DeviceString.of("1"), null}),
            TableRow.ofWalk(
                FDB, Oid.of(2), numbers, new DeviceString[] {null, DeviceString.of("2")}));
    assertThat(rows.get(0).columns()).containsOnlyKeys(2);
    assertThat(rows.get(1).columns()).containsOnlyKeys(3);
    assertThat(rows.get(1).get(STATUS).text()).isEqualTo("2");
  }
}
