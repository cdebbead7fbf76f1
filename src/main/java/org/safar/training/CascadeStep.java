package org.safar.training;

import java.time.LocalDate;

/**
 * A training delivered by trainees of a training of trainers, {@code depth} steps down the cascade.
 * One outside the reader's org units shows its figures but not its title ({@code visible} false).
 */
public record CascadeStep(
    long trainingId,
    long deliveredAfter,
    int depth,
    boolean visible,
    String title,
    TrainingKind kind,
    LocalDate startsOn,
    long participants,
    long female,
    long male) {}
