package org.safar.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The computed cells of one indicator over one query: the full breakdown, the breakdown by each
 * dimension alone, and the total, all from one SQL statement.
 */
public record IndicatorValues(
    Indicator indicator, LocalDate from, LocalDate to, List<Dimension> by, List<Cell> cells) {

  public IndicatorValues {
    by = List.copyOf(by);
    cells = List.copyOf(cells);
  }

  public Optional<Cell> total() {
    return cells.stream().filter(Cell::isTotal).findFirst();
  }

  /** The cells broken down by exactly these dimensions. */
  public List<Cell> by(Dimension... dimensions) {
    var wanted = java.util.Set.of(dimensions);
    return cells.stream().filter(c -> c.key().keySet().equals(wanted)).toList();
  }

  public Optional<Cell> cell(Map<Dimension, String> key) {
    return cells.stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
