package org.safar.disclosure;

import org.springframework.stereotype.Component;

/**
 * Hides the counts of a table that could single out a small group of clients, and every count from
 * which a hidden one could be worked out.
 *
 * <p><b>Primary suppression.</b> A count from 1 to one below the threshold (1–4 by default), cell
 * or total, is hidden: a handful of people in a cell can be recognised by those who know them. A
 * true zero is shown: it says nothing about anyone, and hiding zeros would hide much of a sparse
 * table for nothing. A hidden total needs no separate rule: if a total is small, every non-zero
 * count under it is small too and already hidden.
 *
 * <p><b>Complementary suppression.</b> Hiding a cell is not enough while its row total and the
 * other cells of the row are shown: subtraction gives it back. Nor is "never leave a row or column
 * with exactly one hidden count", the usual rule of thumb: adding two rows and subtracting two
 * columns can still isolate a count that no single line gives away, and because zeros are shown a
 * reader also knows that every hidden count is at least 1, so two hidden counts in a row that add
 * up to 2 are both 1. So each hidden count is instead put on a cycle along which the whole table
 * could move while still publishing the same numbers (see {@link TableEquations} and {@link
 * ProtectingCycle}); a count on such a cycle can have more than one value, whatever the reader
 * combines. That covers subtraction within a row or column, a hidden total added up from shown
 * cells, a row total worked out from the grand total and the other row totals, and chains of these.
 *
 * <p><b>What to give up.</b> For each hidden count that is not yet safe, the cheapest cycle is
 * closed: passing through counts that are already hidden is free, which is what keeps suppressions
 * together in the same lines; otherwise cells are given up before totals and totals before the
 * grand total, the fewest counts, then the smallest. Hiding more counts only adds cycles, so a
 * count once safe stays safe and is not looked at again; the loop runs until a pass hides nothing,
 * which also covers the counts it hid itself.
 *
 * <p>Usable as a Spring bean or with {@code new}: it holds no state.
 */
@Component
public class SmallCellSuppression {

  /** Counts from 1 to 4 are hidden. */
  public static final int DEFAULT_THRESHOLD = 5;

  public <R, C> SuppressedTable<R, C> suppress(CountTable<R, C> table) {
    return suppress(table, DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold the smallest non-zero count that may be shown on its own; 1 hides nothing
   */
  public <R, C> SuppressedTable<R, C> suppress(CountTable<R, C> table, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the threshold must be at least 1: " + threshold);
    }
    TableEquations equations = TableEquations.of(table);
    for (int count = 0; count < equations.size(); count++) {
      int value = equations.value(count);
      if (value > 0 && value < threshold) {
        equations.hide(count, SuppressionReason.PRIMARY);
      }
    }
    boolean[] safe = new boolean[equations.size()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int count = 0; count < equations.size(); count++) {
        if (equations.isHidden(count) && !safe[count]) {
          for (int complement : ProtectingCycle.shownCountsToHide(equations, count)) {
            equations.hide(complement, SuppressionReason.COMPLEMENTARY);
            changed = true;
          }
          safe[count] = true;
        }
      }
    }
    return equations.publish(table, threshold);
  }
}
