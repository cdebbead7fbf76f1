package org.safar.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** What every suppressed table in these tests must satisfy, and hand-made publications. */
final class Disclosure {

  private Disclosure() {}

  /**
   * Shown counts are the true ones, zeros are shown, exactly the small counts are hidden as
   * primary, and neither attack recovers any hidden count.
   */
  static void assertSafe(CountTable<?, ?> table, SuppressedTable<?, ?> published) {
    int threshold = published.threshold();
    for (Where place : Where.everywhere(table.rowCount(), table.columnCount())) {
      int value = place.in(table);
      PublishedCount shownAs = place.in(published);
      String where = place + " of\n" + table + "\npublished as\n" + published;
      if (value > 0 && value < threshold) {
        assertThat(shownAs)
            .as(where)
            .isEqualTo(PublishedCount.suppressed(SuppressionReason.PRIMARY));
      } else if (shownAs.isShown()) {
        assertThat(shownAs).as(where).isEqualTo(PublishedCount.shown(value));
      } else {
        assertThat(shownAs)
            .as(where)
            .isEqualTo(PublishedCount.suppressed(SuppressionReason.COMPLEMENTARY));
        assertThat(value).as("a zero is never hidden: " + where).isPositive();
      }
    }
    assertThat(LineByLineAttack.recover(published))
        .as("recovered line by line from\n" + published)
        .isEmpty();
    assertThat(EliminationAttack.recover(published))
        .as("recovered by elimination from\n" + published)
        .isEmpty();
  }

  /** The places of a published table that are hidden. */
  static Set<Where> hidden(SuppressedTable<?, ?> published) {
    return Set.copyOf(
        Where.everywhere(published.rowCount(), published.columnCount()).stream()
            .filter(place -> !place.in(published).isShown())
            .toList());
  }

  /** A publication that hides exactly these places, as a careless suppression might. */
  static <R, C> SuppressedTable<R, C> hiding(CountTable<R, C> table, Collection<Where> places) {
    PublishedCount[][] cells = new PublishedCount[table.rowCount()][table.columnCount()];
    PublishedCount[] rowTotals = new PublishedCount[table.rowCount()];
    PublishedCount[] columnTotals = new PublishedCount[table.columnCount()];
    for (int row = 0; row < table.rowCount(); row++) {
      for (int column = 0; column < table.columnCount(); column++) {
        cells[row][column] = as(Where.cell(row, column), table, places);
      }
      rowTotals[row] = as(Where.rowTotal(row), table, places);
    }
    for (int column = 0; column < table.columnCount(); column++) {
      columnTotals[column] = as(Where.columnTotal(column), table, places);
    }
    return new SuppressedTable<>(
        table.rows(),
        table.columns(),
        SmallCellSuppression.DEFAULT_THRESHOLD,
        cells,
        rowTotals,
        columnTotals,
        as(Where.grandTotal(), table, places));
  }

  private static PublishedCount as(Where place, CountTable<?, ?> table, Collection<Where> hidden) {
    return hidden.contains(place)
        ? PublishedCount.suppressed(SuppressionReason.PRIMARY)
        : PublishedCount.shown(place.in(table));
  }

  static CountTable<String, String> table(int[][] counts) {
    return CountTable.of(labels("row", counts.length), labels("column", counts[0].length), counts);
  }

  static List<String> labels(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + " " + i).toList();
  }
}
