package org.safar.training;

import java.util.Locale;

/** A training for its audience, or a training of trainers whose trainees go on to teach. */
public enum TrainingKind {
  TRAINING,
  TRAINING_OF_TRAINERS;

  public String messageKey() {
    return "training.kind." + name().toLowerCase(Locale.ROOT);
  }
}
