package org.safar.counselling;

import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnits;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries posted by channel integrations. The idempotency row and the inquiry are written in one
 * transaction, and the answer is given only after it commits, so a 201 means the inquiry is on disk
 * and a retry with the same key finds it instead of making another.
 */
@Service
public class InquiryIntake {

  private final JdbcClient jdbc;
  private final InquiryRepository inquiries;
  private final Inquiries rules;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  InquiryIntake(
      JdbcClient jdbc,
      InquiryRepository inquiries,
      Inquiries rules,
      OrgUnits orgUnits,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.inquiries = inquiries;
    this.rules = rules;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  /**
   * An inquiry sent by a visitor of the public portal (nobody signed in) to an active MRC's inbox;
   * {@code grievance} marks a complaint, such as a report about a recruitment agency, which the
   * inbox shows with a badge. The channel is always the portal.
   */
  @Transactional
  public Inquiry receiveFromPortal(InquiryDraft draft, boolean grievance) {
    InquiryDraft clean =
        rules.validate(
            new InquiryDraft(
                draft.mrcId(),
                Channel.PORTAL,
                null,
                draft.language(),
                draft.question(),
                draft.contactName(),
                draft.contactPhone(),
                draft.contactEmail()));
    boolean activeMrc =
        orgUnits
            .find(clean.mrcId())
            .filter(u -> u.kind() == OrgUnitKind.MRC && u.active())
            .isPresent();
    if (!activeMrc) {
      throw new InvalidCounsellingInputException("mrc", "counselling.error.mrc");
    }
    long id = inquiries.insert(clean, "portal", grievance);
    audit.record("CREATED", "inquiry", id, grievance ? "PORTAL grievance" : "PORTAL");
    return inquiries.findById(id).orElseThrow();
  }

  /**
   * A question a visitor sent with the public portal's "ask a counsellor" form: a {@link
   * Channel#PORTAL} inquiry in the chosen, active MRC's inbox. Returns the inquiry, whose number is
   * the visitor's reference.
   */
  @Transactional
  public Inquiry fromPortal(InquiryDraft draft) {
    return receiveFromPortal(draft, false);
  }

  /** SHA-256 of a request body, to tell a true retry from a reused key. */
  public static String bodyHash(byte[] body) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outcome: the inquiry, and whether it was made by an earlier request with the same key. */
  public record Received(Inquiry inquiry, boolean replayed) {}

  /**
   * Creates the inquiry for a new key. A key seen before (or claimed by a concurrent request)
   * throws {@link ConcurrentIntakeException}, rolling this transaction back; the caller then
   * answers with {@link #replayOf}. The inquiry's own {@code created_by} ("intake:" and the token's
   * name) and the intake_request row are its audit record.
   */
  @Transactional
  public Received receive(
      IntakeCaller caller, String idempotencyKey, String requestHash, InquiryDraft draft) {
    InquiryDraft clean = rules.validate(draft);
    if (clean.mrcId() != caller.mrcId()) {
      throw new InvalidCounsellingInputException("mrc", "counselling.error.mrc");
    }
    return inquiries
        .insertClaimed(
            clean, "intake:" + caller.name(), caller.tokenId(), idempotencyKey, requestHash)
        .map(made -> new Received(made, false))
        .orElseThrow(ConcurrentIntakeException::new);
  }

  /** Looks up the first answer to a key after a concurrent duplicate rolled back. */
  @Transactional(readOnly = true)
  public Received replayOf(IntakeCaller caller, String idempotencyKey, String requestHash) {
    return replay(earlier(caller, idempotencyKey).orElseThrow(), requestHash);
  }

  private java.util.Optional<String[]> earlier(IntakeCaller caller, String key) {
    return jdbc.sql(
            "select request_hash, inquiry_id from intake_request where token_id = ?"
                + " and idempotency_key = ?")
        .params(caller.tokenId(), key)
        .query((rs, n) -> new String[] {rs.getString(1), Long.toString(rs.getLong(2))})
        .optional();
  }

  private Received replay(String[] earlier, String requestHash) {
    if (!earlier[0].equals(requestHash)) {
      throw new IdempotencyKeyReusedException();
    }
    return new Received(inquiries.findById(Long.parseLong(earlier[1])).orElseThrow(), true);
  }

  /** The same Idempotency-Key came with a different body. */
  public static class IdempotencyKeyReusedException extends RuntimeException {
    IdempotencyKeyReusedException() {
      super("This Idempotency-Key was used for a different request");
    }
  }

  /** The key was claimed before (a retry) or by a concurrent request; answer with the first. */
  public static class ConcurrentIntakeException extends DataIntegrityViolationException {
    ConcurrentIntakeException() {
      super("A concurrent request with the same Idempotency-Key won");
    }
  }
}
