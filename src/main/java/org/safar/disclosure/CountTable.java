package org.safar.disclosure;

import java.util.HashSet;
import java.util.List;

/**
 * Counts of clients or events by two classifications (for instance MRC × channel), with the totals
 * a reader sees beside them. The totals are added up here, never passed in, so a table cannot carry
 * totals that disagree with its cells: the difference would itself give away what is hidden.
 *
 * <p>A one-way table (categories and their total) is the case of a single row: see {@link #oneWay}.
 *
 * @param <R> what the rows stand for
 * @param <C> what the columns stand for
 */
public final class CountTable<R, C> {

  private final List<R> rows;
  private final List<C> columns;
  private final int[][] counts;
  private final int[] rowTotals;
  private final int[] columnTotals;
  private final int grandTotal;

  private CountTable(List<R> rows, List<C> columns, int[][] counts) {
    this.rows = distinct(rows, "row");
    this.columns = distinct(columns, "column");
    if (counts.length != rows.size()) {
      throw new IllegalArgumentException(
          "expected " + rows.size() + " rows of counts, got " + counts.length);
    }
    this.counts = new int[rows.size()][];
    this.rowTotals = new int[rows.size()];
    this.columnTotals = new int[columns.size()];
    int grand = 0;
    for (int row = 0; row < counts.length; row++) {
      if (counts[row].length != columns.size()) {
        throw new IllegalArgumentException(
            "row "
                + row
                + " has "
                + counts[row].length
                + " counts for "
                + columns.size()
                + " columns");
      }
      this.counts[row] = counts[row].clone();
      for (int column = 0; column < columns.size(); column++) {
        int count = counts[row][column];
        if (count < 0) {
          throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        rowTotals[row] = Math.addExact(rowTotals[row], count);
        columnTotals[column] = Math.addExact(columnTotals[column], count);
        grand = Math.addExact(grand, count);
      }
    }
    this.grandTotal = grand;
  }

  /**
   * A two-way table.
   *
   * @param counts one array per row, each with one count per column
   */
  public static <R, C> CountTable<R, C> of(List<R> rows, List<C> columns, int[][] counts) {
    return new CountTable<>(rows, columns, counts);
  }

  /**
   * A one-way table: categories and their total, as the single row {@code label}.
   *
   * @param label what the row counts, for instance "clients"
   */
  public static <R, C> CountTable<R, C> oneWay(R label, List<C> categories, int... counts) {
    return new CountTable<>(List.of(label), categories, new int[][] {counts});
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

  public int count(int row, int column) {
    return counts[row][column];
  }

  public int rowTotal(int row) {
    return rowTotals[row];
  }

  public int columnTotal(int column) {
    return columnTotals[column];
  }

  public int grandTotal() {
    return grandTotal;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < rows.size(); row++) {
      for (int column = 0; column < columns.size(); column++) {
        text.append(counts[row][column]).append('\t');
      }
      text.append("| ").append(rowTotals[row]).append('\n');
    }
    for (int column = 0; column < columns.size(); column++) {
      text.append(columnTotals[column]).append('\t');
    }
    return text.append("| ").append(grandTotal).toString();
  }

  private static <T> List<T> distinct(List<T> labels, String what) {
    List<T> copy = List.copyOf(labels);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one " + what);
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("the " + what + " labels repeat: " + copy);
    }
    return copy;
  }
}
