package org.safar.training;

/** A trainee of a training of trainers, as the trainer of a later training. */
public record Trainer(
    long participantId,
    String fullName,
    String institution,
    long trainedAt,
    String trainedAtTitle,
    boolean visible) {}
