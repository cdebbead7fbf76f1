package org.safar.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * One sum a published table states, as a reader would write it down: the parts add up to the whole.
 * Written out here from the table's shape, not taken from the production code, so that the attacks
 * in these tests do not share its mistakes.
 */
record Sum(List<Where> parts, Where whole) {

  static List<Sum> statedBy(int rows, int columns) {
    List<Sum> sums = new ArrayList<>();
    List<Where> rowTotals = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      List<Where> cells = new ArrayList<>();
      for (int column = 0; column < columns; column++) {
        cells.add(Where.cell(row, column));
      }
      sums.add(new Sum(cells, Where.rowTotal(row)));
      rowTotals.add(Where.rowTotal(row));
    }
    List<Where> columnTotals = new ArrayList<>();
    for (int column = 0; column < columns; column++) {
      List<Where> cells = new ArrayList<>();
      for (int row = 0; row < rows; row++) {
        cells.add(Where.cell(row, column));
      }
      sums.add(new Sum(cells, Where.columnTotal(column)));
      columnTotals.add(Where.columnTotal(column));
    }
    sums.add(new Sum(rowTotals, Where.grandTotal()));
    sums.add(new Sum(columnTotals, Where.grandTotal()));
    return sums;
  }
}
