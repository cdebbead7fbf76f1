package org.safar.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training in a list, with its participant total and average knowledge gain. */
public record TrainingRow(
    long id,
    String title,
    TrainingKind kind,
    LocalDate startsOn,
    LocalDate endsOn,
    String orgUnitName,
    long programmeId,
    String programmeCode,
    String seriesName,
    String place,
    long participants,
    long female,
    long male,
    BigDecimal averageGain) {}
