package org.safar.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An indicator on a dashboard: its value over the framework's days, its target (the sum of the
 * period targets for a count, the last one for a share), the trend per quarter and each target
 * period with the value reached in it.
 */
public record IndicatorSummary(
    Indicator indicator,
    BigDecimal actual,
    BigDecimal target,
    List<Cell> trend,
    List<TargetVsActual> targets) {

  public IndicatorSummary {
    trend = List.copyOf(trend);
    targets = List.copyOf(targets);
  }

  /** Percent of the target reached, or null without a target or a value. */
  public BigDecimal progress() {
    return percent(actual, target);
  }

  static BigDecimal percent(BigDecimal actual, BigDecimal target) {
    if (actual == null || target == null || target.signum() == 0) {
      return null;
    }
    return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP);
  }

  /** A target period and what was reached in it. */
  public record TargetVsActual(PeriodValue target, BigDecimal actual) {
    public BigDecimal progress() {
      return percent(actual, target.value());
    }
  }
}
