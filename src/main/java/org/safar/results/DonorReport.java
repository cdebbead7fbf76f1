package org.safar.results;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A donor progress report: the narrative a project writes for one period. Its figures are computed
 * from the records when it is downloaded ({@link DonorReports#content}).
 */
public record DonorReport(
    Long id,
    long frameworkId,
    LocalDate periodStart,
    LocalDate periodEnd,
    String summary,
    String achievements,
    String challenges,
    String nextSteps,
    int version,
    String updatedBy,
    Instant updatedAt) {

  /** What the form gives: the narrative and the period. */
  public static DonorReport draft(
      LocalDate periodStart,
      LocalDate periodEnd,
      String summary,
      String achievements,
      String challenges,
      String nextSteps) {
    return new DonorReport(
        null,
        0,
        periodStart,
        periodEnd,
        summary,
        achievements,
        challenges,
        nextSteps,
        0,
        null,
        null);
  }
}
