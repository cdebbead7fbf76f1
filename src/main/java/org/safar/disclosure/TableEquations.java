package org.safar.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The sums a published table states, drawn as a network so that "can a reader work this hidden
 * count out?" becomes a question about cycles.
 *
 * <p>A table with its totals states {@code rows + columns + 2} sums: each row adds up to its row
 * total, each column to its column total, the row totals to the grand total and the column totals
 * to the grand total. Every count, cell or total, takes part in exactly two of them. So each sum is
 * a node and each count an arrow between its two nodes, pointed so that raising every count along a
 * directed cycle by one keeps every sum true: column → row for a cell, row → "row totals" for a row
 * total, "column totals" → column for a column total, "row totals" → "column totals" for the grand
 * total. (Raise a cell, its row total, the grand total and its column total: that is a cycle.)
 *
 * <p>The reader knows every shown count and every sum. What is left open about the hidden counts is
 * exactly the circulations over their arrows: a hidden count can be worked out, by any combination
 * of rows, columns and totals, unless it lies on a cycle of hidden arrows.
 */
final class TableEquations {

  /** What a count is, for choosing what to give up: cells before totals before the grand total. */
  enum Kind {
    CELL,
    TOTAL,
    GRAND_TOTAL
  }

  private final int rowCount;
  private final int columnCount;
  private final int[] values;
  private final Kind[] kinds;
  private final int[] from;
  private final int[] to;
  private final SuppressionReason[] hidden;
  private final List<List<Integer>> arrowsAt;

  private TableEquations(CountTable<?, ?> table) {
    rowCount = table.rowCount();
    columnCount = table.columnCount();
    int size = rowCount * columnCount + rowCount + columnCount + 1;
    values = new int[size];
    kinds = new Kind[size];
    from = new int[size];
    to = new int[size];
    hidden = new SuppressionReason[size];
    arrowsAt = new ArrayList<>();
    for (int node = 0; node < rowCount + columnCount + 2; node++) {
      arrowsAt.add(new ArrayList<>());
    }
    for (int row = 0; row < rowCount; row++) {
      for (int column = 0; column < columnCount; column++) {
        add(cell(row, column), table.count(row, column), Kind.CELL, columnNode(column), row);
      }
      add(rowTotal(row), table.rowTotal(row), Kind.TOTAL, row, rowTotalsNode());
    }
    for (int column = 0; column < columnCount; column++) {
      add(
          columnTotal(column),
          table.columnTotal(column),
          Kind.TOTAL,
          columnTotalsNode(),
          columnNode(column));
    }
    add(grandTotal(), table.grandTotal(), Kind.GRAND_TOTAL, rowTotalsNode(), columnTotalsNode());
  }

  static TableEquations of(CountTable<?, ?> table) {
    return new TableEquations(table);
  }

  /** How many counts, cells and totals together. */
  int size() {
    return values.length;
  }

  int nodeCount() {
    return arrowsAt.size();
  }

  int value(int count) {
    return values[count];
  }

  Kind kind(int count) {
    return kinds[count];
  }

  int from(int count) {
    return from[count];
  }

  int to(int count) {
    return to[count];
  }

  /** The counts whose arrows start or end at this sum. */
  List<Integer> arrowsAt(int node) {
    return arrowsAt.get(node);
  }

  boolean isHidden(int count) {
    return hidden[count] != null;
  }

  void hide(int count, SuppressionReason reason) {
    if (hidden[count] == null) {
      hidden[count] = reason;
    }
  }

  <R, C> SuppressedTable<R, C> publish(CountTable<R, C> table, int threshold) {
    PublishedCount[][] cells = new PublishedCount[rowCount][columnCount];
    PublishedCount[] rowTotals = new PublishedCount[rowCount];
    PublishedCount[] columnTotals = new PublishedCount[columnCount];
    for (int row = 0; row < rowCount; row++) {
      for (int column = 0; column < columnCount; column++) {
        cells[row][column] = published(cell(row, column));
      }
      rowTotals[row] = published(rowTotal(row));
    }
    for (int column = 0; column < columnCount; column++) {
      columnTotals[column] = published(columnTotal(column));
    }
    return new SuppressedTable<>(
        table.rows(),
        table.columns(),
        threshold,
        cells,
        rowTotals,
        columnTotals,
        published(grandTotal()));
  }

  private PublishedCount published(int count) {
    return hidden[count] == null
        ? PublishedCount.shown(values[count])
        : PublishedCount.suppressed(hidden[count]);
  }

  private void add(int count, int value, Kind kind, int fromNode, int toNode) {
    values[count] = value;
    kinds[count] = kind;
    from[count] = fromNode;
    to[count] = toNode;
    arrowsAt.get(fromNode).add(count);
    arrowsAt.get(toNode).add(count);
  }

  private int cell(int row, int column) {
    return row * columnCount + column;
  }

  private int rowTotal(int row) {
    return rowCount * columnCount + row;
  }

  private int columnTotal(int column) {
    return rowCount * columnCount + rowCount + column;
  }

  private int grandTotal() {
    return values.length - 1;
  }

  private int columnNode(int column) {
    return rowCount + column;
  }

  private int rowTotalsNode() {
    return rowCount + columnCount;
  }

  private int columnTotalsNode() {
    return rowCount + columnCount + 1;
  }
}
