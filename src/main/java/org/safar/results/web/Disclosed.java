package org.safar.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.safar.disclosure.CountTable;
import org.safar.disclosure.PublishedCount;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.disclosure.SuppressedTable;
import org.safar.results.Cell;
import org.safar.results.Indicator;
import org.safar.results.Measure;

/**
 * Counts over protected cases leave the case team only through small-cell suppression: when any
 * part of a breakdown holds a protected case's records, the parts are suppressed as a one-way table
 * (a hidden part is null here and drawn as no bar).
 */
final class Disclosed {

  private Disclosed() {}

  static List<BigDecimal> values(List<Cell> cells, Indicator i, SmallCellSuppression suppression) {
    List<BigDecimal> values = new ArrayList<>(cells.stream().map(Cell::value).toList());
    boolean counts = i.measure() == Measure.COUNT || i.measure() == Measure.DISTINCT;
    if (!counts || cells.isEmpty() || cells.stream().noneMatch(Cell::protectedRecords)) {
      return values;
    }
    int[] numbers = cells.stream().mapToInt(c -> c.value().intValue()).toArray();
    SuppressedTable<String, Integer> table =
        suppression.suppress(
            CountTable.oneWay(
                "parts", IntStream.range(0, numbers.length).boxed().toList(), numbers));
    for (int k = 0; k < numbers.length; k++) {
      PublishedCount c = table.cell(0, k);
      values.set(k, c instanceof PublishedCount.Shown s ? BigDecimal.valueOf(s.value()) : null);
    }
    return values;
  }
}
