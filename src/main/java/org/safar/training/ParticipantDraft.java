package org.safar.training;

import java.math.BigDecimal;

/** A participant as typed in the form or read from a row of an imported file. */
public record ParticipantDraft(
    String fullName,
    String institution,
    ParticipantSex sex,
    String position,
    BigDecimal preScore,
    BigDecimal postScore) {}
