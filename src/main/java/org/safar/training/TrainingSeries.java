package org.safar.training;

/** Trainings that belong together, such as a monthly series for one migration service. */
public record TrainingSeries(
    long id, long orgUnitId, String orgUnitName, String name, String description, long trainings) {}
