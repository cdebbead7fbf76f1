package org.safar.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safar.disclosure.Disclosure.assertSafe;
import static org.safar.disclosure.Disclosure.hidden;
import static org.safar.disclosure.Disclosure.table;
import static org.safar.disclosure.Where.cell;
import static org.safar.disclosure.Where.columnTotal;
import static org.safar.disclosure.Where.rowTotal;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crafted tables, each showing one thing the suppression must get right. */
class SmallCellSuppressionTest {

  private final SmallCellSuppression suppression = new SmallCellSuppression();

  private static final PublishedCount PRIMARY =
      PublishedCount.suppressed(SuppressionReason.PRIMARY);
  private static final PublishedCount COMPLEMENTARY =
      PublishedCount.suppressed(SuppressionReason.COMPLEMENTARY);

  @Test
  void nothingIsHiddenWhenNoCountIsSmall() {
    CountTable<String, String> table = table(new int[][] {{12, 7}, {5, 30}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(hidden(published)).isEmpty();
  }

  @Test
  void aSmallCellInTheMiddleIsHiddenWithTheThreeCornersOfARectangle() {
    CountTable<String, String> table = table(new int[][] {{20, 9, 31}, {15, 3, 8}, {40, 6, 22}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(published.cell(1, 1)).isEqualTo(PRIMARY);
    // the smallest partners: 8 in its row, 6 in its column, and 22 where those cross
    assertThat(hidden(published))
        .containsExactlyInAnyOrder(cell(1, 1), cell(1, 2), cell(2, 1), cell(2, 2));
    assertThat(published.cell(1, 2)).isEqualTo(COMPLEMENTARY);
  }

  @Test
  void aSmallCellInATwoByTwoHidesAllFourCellsButNoTotal() {
    CountTable<String, String> table = table(new int[][] {{3, 10}, {8, 12}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(hidden(published))
        .containsExactlyInAnyOrder(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1));
  }

  @Test
  void aRowWhoseTotalIsSmallIsHiddenAndCannotBeTakenFromTheGrandTotal() {
    CountTable<String, String> table = table(new int[][] {{1, 2, 0}, {10, 20, 30}, {15, 25, 35}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(published.rowTotal(0)).isEqualTo(PRIMARY);
    assertThat(published.cell(0, 2)).isEqualTo(PublishedCount.shown(0));
    // the grand total alone would give the small row total back: another total goes with it
    long hiddenRowTotals =
        List.of(rowTotal(0), rowTotal(1), rowTotal(2)).stream()
            .filter(place -> !place.in(published).isShown())
            .count();
    assertThat(hiddenRowTotals >= 2 || !published.grandTotal().isShown()).isTrue();
  }

  @Test
  void aColumnWithOnlyAZeroBesideItsHiddenCellGivesUpItsTotal() {
    CountTable<String, String> table = table(new int[][] {{2, 6}, {9, 0}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(published.cell(0, 1)).isEqualTo(COMPLEMENTARY);
    assertThat(published.cell(1, 1)).isEqualTo(PublishedCount.shown(0));
    // 6 over a shown 0: the column total would be the hidden 6 itself
    assertThat(published.columnTotal(1)).isEqualTo(COMPLEMENTARY);
    // and the other column total goes too, or the grand total would give that one back
    assertThat(published.columnTotal(0)).isEqualTo(COMPLEMENTARY);
    assertThat(published.grandTotal()).isEqualTo(PublishedCount.shown(17));
  }

  @Test
  void aOneWayTableHidesTheNextSmallestCategoryAndKeepsItsTotal() {
    CountTable<String, String> table =
        CountTable.oneWay("clients", List.of("walk-in", "phone", "web", "outreach"), 12, 3, 7, 20);
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(published.cell(0, 1)).isEqualTo(PRIMARY);
    assertThat(published.cell(0, 2)).isEqualTo(COMPLEMENTARY);
    assertThat(published.cell(0, 0)).isEqualTo(PublishedCount.shown(12));
    assertThat(published.cell(0, 3)).isEqualTo(PublishedCount.shown(20));
    assertThat(published.rowTotal(0)).isEqualTo(PublishedCount.shown(42));
    assertThat(published.grandTotal()).isEqualTo(PublishedCount.shown(42));
  }

  @Test
  void anAllSmallTableHidesEveryCell() {
    CountTable<String, String> table = table(new int[][] {{1, 2, 1}, {2, 1, 1}, {1, 1, 3}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        assertThat(published.cell(row, column)).isEqualTo(PRIMARY);
      }
    }
  }

  @Test
  void aTableOfOnesHidesEvenItsTotalsBecauseHiddenMeansAtLeastOne() {
    int[][] ones = new int[5][5];
    for (int[] row : ones) {
      Arrays.fill(row, 1);
    }
    CountTable<String, String> table = table(ones);
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    // five hidden counts adding up to a shown 5 would all be 1
    assertThat(hidden(published)).hasSize(5 * 5 + 5 + 5 + 1);
  }

  @Test
  void complementsChainWhenZerosBreakEveryRectangle() {
    CountTable<String, String> table = table(new int[][] {{2, 8, 0}, {0, 9, 7}, {6, 0, 5}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    // 8 leaves its column with a lone hidden 8, so 9 goes, then 7 in its row, 5 in its column,
    // and 6 closes the chain back to the small 2; every total stays
    assertThat(hidden(published))
        .containsExactlyInAnyOrder(
            cell(0, 0), cell(0, 1), cell(1, 1), cell(1, 2), cell(2, 2), cell(2, 0));
  }

  @Test
  void zerosStayShownAndProtectNothing() {
    CountTable<String, String> table = table(new int[][] {{3, 0}, {0, 10}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(published.cell(0, 1)).isEqualTo(PublishedCount.shown(0));
    assertThat(published.cell(1, 0)).isEqualTo(PublishedCount.shown(0));
    // with both zeros known, each count equals its row and column totals: only the grand total
    // can stay, and then nothing pins the 3 between 1 and 12
    assertThat(hidden(published))
        .containsExactlyInAnyOrder(
            cell(0, 0), cell(1, 1), rowTotal(0), rowTotal(1), columnTotal(0), columnTotal(1));
    assertThat(published.grandTotal()).isEqualTo(PublishedCount.shown(13));
  }

  @Test
  void aZeroTableShowsEverything() {
    CountTable<String, String> table = table(new int[][] {{0, 0}, {0, 0}});
    SuppressedTable<String, String> published = suppression.suppress(table);

    assertSafe(table, published);
    assertThat(hidden(published)).isEmpty();
  }

  @Test
  void theThresholdIsTheSmallestCountShownOnItsOwn() {
    CountTable<String, String> table = table(new int[][] {{10, 9}, {11, 30}});

    assertThat(hidden(suppression.suppress(table, 10)))
        .containsExactlyInAnyOrder(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1));
    assertThat(hidden(suppression.suppress(table, 9))).isEmpty();
    assertThat(hidden(suppression.suppress(table(new int[][] {{1}}), 1))).isEmpty();
    assertThatThrownBy(() -> suppression.suppress(table, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
