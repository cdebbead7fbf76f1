package org.safar.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountTableTest {

  @Test
  void addsUpItsOwnTotals() {
    CountTable<String, Integer> table =
        CountTable.of(List.of("a", "b"), List.of(1, 2, 3), new int[][] {{1, 2, 3}, {4, 5, 0}});

    assertThat(table.rowTotal(0)).isEqualTo(6);
    assertThat(table.rowTotal(1)).isEqualTo(9);
    assertThat(table.columnTotal(0)).isEqualTo(5);
    assertThat(table.columnTotal(2)).isEqualTo(3);
    assertThat(table.grandTotal()).isEqualTo(15);
  }

  @Test
  void aOneWayTableIsASingleRow() {
    CountTable<String, String> table = CountTable.oneWay("clients", List.of("men", "women"), 4, 9);

    assertThat(table.rows()).containsExactly("clients");
    assertThat(table.rowTotal(0)).isEqualTo(13);
    assertThat(table.grandTotal()).isEqualTo(13);
  }

  @Test
  void keepsItsOwnCopyOfTheCounts() {
    int[][] counts = {{1, 2}};
    CountTable<String, String> table = CountTable.of(List.of("a"), List.of("x", "y"), counts);
    counts[0][0] = 100;

    assertThat(table.count(0, 0)).isEqualTo(1);
  }

  @Test
  void refusesCountsThatDoNotFitItsLabels() {
    assertThatThrownBy(() -> CountTable.of(List.of("a"), List.of("x"), new int[][] {{-1}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountTable.of(List.of("a"), List.of("x", "y"), new int[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountTable.of(List.of("a", "b"), List.of("x"), new int[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountTable.of(List.of("a", "a"), List.of("x"), new int[][] {{1}, {2}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountTable.of(List.<String>of(), List.of("x"), new int[][] {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
