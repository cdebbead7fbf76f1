package org.safar.training;

/** A portfolio project or component a training can be recorded under. */
public record ProjectChoice(long id, String code, String title, String level) {}
