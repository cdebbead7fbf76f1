package org.safar.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator defined once: what is counted (a source and its filters), how (the measure) and what
 * it may be broken down by. RATIO counts the records matching {@code part} among all that match
 * {@code filters}; CHANGE does so at two measurements ({@code before}, {@code after}) and
 * subtracts; both count records, or distinct persons when {@code distinctPersons}.
 */
public record Indicator(
    Long id,
    long frameworkId,
    long resultId,
    String code,
    String title,
    String source,
    Measure measure,
    Unit unit,
    boolean ascending,
    Filters filters,
    Filters part,
    Filters before,
    Filters after,
    boolean distinctPersons,
    List<Dimension> dimensions,
    BigDecimal baselineValue,
    LocalDate baselineOn,
    int version) {

  public Indicator {
    dimensions = List.copyOf(dimensions);
  }

  /** Whether the value of a whole is the sum of its parts' values. */
  public boolean additive() {
    return measure.additive();
  }

  public boolean isShare() {
    return measure == Measure.RATIO || measure == Measure.CHANGE;
  }
}
