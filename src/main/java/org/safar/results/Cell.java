package org.safar.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One value of an indicator: for the dimensions in {@code key} (a dimension missing from the key is
 * summed over). {@code value} is null when there is no data (a share of nothing). For a count the
 * numerator is the count; a share keeps its part and whole ({@code numerator}, {@code denominator};
 * for CHANGE, those of the second measurement and the first in {@code before*}). A sum of values
 * has only its value, with its decimals (at most two); the counts are null.
 */
public record Cell(
    Map<Dimension, String> key,
    BigDecimal value,
    Long numerator,
    Long denominator,
    Long beforeNumerator,
    Long beforeDenominator,
    boolean protectedRecords) {

  public Cell {
    key = Map.copyOf(key);
  }

  public boolean isTotal() {
    return key.isEmpty();
  }

  public boolean hasData() {
    return value != null;
  }

  public String get(Dimension d) {
    return key.get(d);
  }
}
