package org.safar.counselling;

import java.time.Instant;

/** A token an MRC gave to one of its channel integrations. */
public record IntakeToken(
    long id, long mrcId, String name, Instant createdAt, String createdBy, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
