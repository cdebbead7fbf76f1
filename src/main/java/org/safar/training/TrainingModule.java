package org.safar.training;

/** A module of a curriculum, from the network's one catalogue. */
public record TrainingModule(long id, String code, String title, String summary) {}
