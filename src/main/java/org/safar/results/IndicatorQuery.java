package org.safar.results;

import java.time.LocalDate;
import java.util.List;

/**
 * What to compute: the days (both included; null = the framework's own), the dimensions to break
 * the value down by, and filters on top of the indicator's own.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, List<Dimension> by, Filters filters) {

  public static final int MAX_DIMENSIONS = 5;

  public IndicatorQuery {
    by = List.copyOf(by);
    filters = filters == null ? Filters.NONE : filters;
  }

  public static IndicatorQuery total() {
    return new IndicatorQuery(null, null, List.of(), Filters.NONE);
  }

  public static IndicatorQuery by(Dimension... dimensions) {
    return new IndicatorQuery(null, null, List.of(dimensions), Filters.NONE);
  }
}
