package org.safar.disclosure;

import java.util.List;

/**
 * A {@link CountTable} as it may be shown outside a case team: every cell and total is either its
 * number or hidden. Made only by {@link SmallCellSuppression}, so a table that reaches a page has
 * been through it.
 */
public final class SuppressedTable<R, C> {

  private final List<R> rows;
  private final List<C> columns;
  private final int threshold;
  private final PublishedCount[][] cells;
  private final PublishedCount[] rowTotals;
  private final PublishedCount[] columnTotals;
  private final PublishedCount grandTotal;

  SuppressedTable(
      List<R> rows,
      List<C> columns,
      int threshold,
      PublishedCount[][] cells,
      PublishedCount[] rowTotals,
      PublishedCount[] columnTotals,
      PublishedCount grandTotal) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.threshold = threshold;
    this.cells = new PublishedCount[cells.length][];
    for (int row = 0; row < cells.length; row++) {
      this.cells[row] = cells[row].clone();
    }
    this.rowTotals = rowTotals.clone();
    this.columnTotals = columnTotals.clone();
    this.grandTotal = grandTotal;
  }

  public List<R> rows() {
    return rows;
  }

  public List<C> columns() {
    return columns;
  }

  public int rowCount() {
    return rows.size();
  }

  public int columnCount() {
    return columns.size();
  }

  /** Counts from 1 up to one below this were hidden as too small. */
  public int threshold() {
    return threshold;
  }

  public PublishedCount cell(int row, int column) {
    return cells[row][column];
  }

  public PublishedCount rowTotal(int row) {
    return rowTotals[row];
  }

  public PublishedCount columnTotal(int column) {
    return columnTotals[column];
  }

  public PublishedCount grandTotal() {
    return grandTotal;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < rows.size(); row++) {
      for (PublishedCount cell : cells[row]) {
        text.append(cell).append('\t');
      }
      text.append("| ").append(rowTotals[row]).append('\n');
    }
    for (PublishedCount total : columnTotals) {
      text.append(total).append('\t');
    }
    return text.append("| ").append(grandTotal).toString();
  }
}
