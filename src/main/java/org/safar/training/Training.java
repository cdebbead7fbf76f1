package org.safar.training;

import java.time.LocalDate;
import java.util.List;

/** A training as recorded, with the names of what it belongs to. */
public record Training(
    long id,
    long orgUnitId,
    String orgUnitName,
    long programmeId,
    String programmeCode,
    String programmeTitle,
    Long seriesId,
    String seriesName,
    TrainingKind kind,
    String title,
    String place,
    LocalDate startsOn,
    LocalDate endsOn,
    Participation participation,
    int femaleCount,
    int maleCount,
    int otherCount,
    String notes,
    List<Long> moduleIds,
    int version) {

  public Training {
    moduleIds = List.copyOf(moduleIds);
  }

  public boolean keepsPersons() {
    return participation == Participation.PERSONS;
  }

  public boolean trainsTrainers() {
    return kind == TrainingKind.TRAINING_OF_TRAINERS;
  }
}
