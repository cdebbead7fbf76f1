package org.safar.training;

import java.math.BigDecimal;

/** A person who took part in a training, with their test scores (0–100) where taken. */
public record Participant(
    long id,
    long trainingId,
    String fullName,
    String institution,
    ParticipantSex sex,
    String position,
    BigDecimal preScore,
    BigDecimal postScore) {

  /** Post-test minus pre-test, in percentage points; null unless both were taken. */
  public BigDecimal gain() {
    return preScore == null || postScore == null ? null : postScore.subtract(preScore);
  }
}
