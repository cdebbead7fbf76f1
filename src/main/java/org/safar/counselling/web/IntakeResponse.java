package org.safar.counselling.web;

import java.time.Instant;
import org.safar.counselling.Inquiry;

/** What the API answers: the inquiry's reference and where it stands. */
public record IntakeResponse(long id, String reference, String status, Instant receivedAt) {

  static IntakeResponse of(Inquiry inquiry) {
    return new IntakeResponse(
        inquiry.id(), "INQ-" + inquiry.id(), inquiry.status().name(), inquiry.receivedAt());
  }
}
