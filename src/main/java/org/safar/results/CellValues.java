package org.safar.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The value of a cell from its counts: a share of nothing is "no data" (null), not an error. */
final class CellValues {

  /** The decimals a sum keeps. */
  static final int DECIMALS = 2;

  private CellValues() {}

  static BigDecimal value(Measure measure, Unit unit, Long n1, Long d1, Long n2, Long d2) {
    return switch (measure) {
      case COUNT, DISTINCT -> BigDecimal.valueOf(n1 == null ? 0 : n1);
      case SUM -> throw new IllegalArgumentException("a sum is not made of counts: see decimal()");
      case RATIO -> share(unit, n1, d1);
      case CHANGE -> {
        BigDecimal after = share(unit, n1, d1);
        BigDecimal before = share(unit, n2, d2);
        yield after == null || before == null ? null : after.subtract(before);
      }
    };
  }

  /**
   * A sum of decimal values as shown and exported: at most {@link #DECIMALS} decimals (half up),
   * without trailing zeros, and a whole number as one ({@code 12.5}, {@code 19.4}, {@code 35}).
   */
  static BigDecimal decimal(BigDecimal v) {
    BigDecimal rounded = v.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  static BigDecimal share(Unit unit, Long part, Long whole) {
    if (whole == null || whole == 0) {
      return null;
    }
    BigDecimal p = BigDecimal.valueOf(part == null ? 0 : part);
    BigDecimal w = BigDecimal.valueOf(whole);
    return unit == Unit.PERCENTAGE
        ? p.multiply(BigDecimal.valueOf(100)).divide(w, 1, RoundingMode.HALF_UP)
        : p.divide(w, 2, RoundingMode.HALF_UP);
  }
}
