package org.safar.disclosure;

import java.util.ArrayList;
import java.util.List;

/** A place in a table: a cell or one of its totals. */
record Where(String what, int row, int column) {

  static Where cell(int row, int column) {
    return new Where("cell", row, column);
  }

  static Where rowTotal(int row) {
    return new Where("row total", row, -1);
  }

  static Where columnTotal(int column) {
    return new Where("column total", -1, column);
  }

  static Where grandTotal() {
    return new Where("grand total", -1, -1);
  }

  /** Every cell and total of a table of this shape. */
  static List<Where> everywhere(int rows, int columns) {
    List<Where> all = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        all.add(cell(row, column));
      }
      all.add(rowTotal(row));
    }
    for (int column = 0; column < columns; column++) {
      all.add(columnTotal(column));
    }
    all.add(grandTotal());
    return all;
  }

  int in(CountTable<?, ?> table) {
    return switch (what) {
      case "cell" -> table.count(row, column);
      case "row total" -> table.rowTotal(row);
      case "column total" -> table.columnTotal(column);
      default -> table.grandTotal();
    };
  }

  PublishedCount in(SuppressedTable<?, ?> table) {
    return switch (what) {
      case "cell" -> table.cell(row, column);
      case "row total" -> table.rowTotal(row);
      case "column total" -> table.columnTotal(column);
      default -> table.grandTotal();
    };
  }

  @Override
  public String toString() {
    return what + (row >= 0 ? " row " + row : "") + (column >= 0 ? " column " + column : "");
  }
}
