package org.safar.counselling;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up contact a counsellor owes a client on a given day. */
public record FollowUp(
    Long id,
    long clientId,
    String clientName,
    long mrcId,
    long counsellorId,
    LocalDate dueOn,
    String status,
    Instant doneAt,
    Boolean reached,
    String outcome,
    boolean confidential) {

  public boolean overdue(LocalDate today) {
    return "DUE".equals(status) && dueOn.isBefore(today);
  }

  public boolean due() {
    return "DUE".equals(status);
  }
}
