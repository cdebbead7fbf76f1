package org.safar.training;

import java.time.LocalDate;
import java.util.List;

/** What a form says about a training, before the rules are checked. */
public record TrainingDraft(
    Long orgUnitId,
    Long programmeId,
    Long seriesId,
    TrainingKind kind,
    String title,
    String place,
    LocalDate startsOn,
    LocalDate endsOn,
    Participation participation,
    Integer femaleCount,
    Integer maleCount,
    Integer otherCount,
    String notes,
    List<Long> moduleIds) {

  public TrainingDraft {
    moduleIds = moduleIds == null ? List.of() : List.copyOf(moduleIds);
  }
}
