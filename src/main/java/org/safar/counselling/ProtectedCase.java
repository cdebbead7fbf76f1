package org.safar.counselling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A client's case under need-to-know rules. Holds no identifying data itself.
 *
 * @param caseworkerId who works the case; null until the first caseworker accepts it
 * @param supervisorId who supervises the caseworker
 * @param offeredTo someone asked to take over a role ({@code offeredRole}), who has not answered
 */
public record ProtectedCase(
    long clientId,
    long mrcId,
    ProtectionReason reason,
    Long caseworkerId,
    Long supervisorId,
    boolean closed,
    LocalDate closedOn,
    Instant anonymisedAt,
    Long offeredTo,
    CaseRole offeredRole,
    String offeredBy,
    Instant offeredAt,
    int version,
    Instant markedAt,
    String markedBy) {

  /** The two places on a case team. */
  public enum CaseRole {
    CASEWORKER,
    SUPERVISOR;

    public String messageKey() {
      return "protection.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean onTeam(long accountId) {
    return (caseworkerId != null && caseworkerId == accountId)
        || (supervisorId != null && supervisorId == accountId);
  }

  public boolean offeredTo(long accountId) {
    return offeredTo != null && offeredTo == accountId;
  }
}
