package org.safar.results;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target or a manual value for the days from {@code startsOn} to {@code endsOn}. */
public record PeriodValue(
    long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal value, String note) {

  public boolean within(LocalDate from, LocalDate to) {
    return !startsOn.isBefore(from) && !endsOn.isAfter(to);
  }
}
