package org.safar.training;

import java.time.LocalDate;

/** The search and filters of the training list; null means "any". */
public record TrainingFilter(
    String text,
    TrainingKind kind,
    Long orgUnitId,
    Long projectId,
    Long seriesId,
    LocalDate from,
    LocalDate to) {

  public static TrainingFilter none() {
    return new TrainingFilter(null, null, null, null, null, null, null);
  }
}
