package org.safar.counselling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.safar.audit.AuditLog;
import org.safar.identity.Accounts;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a counselling session together with what it brings: the client's intention (intake the
 * first time, a follow-up answer later), the follow-up it schedules, and the inquiry it answers.
 * All of it is saved in one transaction or not at all.
 */
@Service
public class CounsellingSessions {

  private final CounsellingSessionRepository sessions;
  private final ClientRepository clients;
  private final IntentionRepository intentions;
  private final FollowUpRepository followUps;
  private final InquiryRepository inquiries;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Clock clock;
  private final Accounts accounts;

  CounsellingSessions(
      CounsellingSessionRepository sessions,
      ClientRepository clients,
      IntentionRepository intentions,
      FollowUpRepository followUps,
      InquiryRepository inquiries,
      DeskAccess access,
      AuditLog audit,
      Clock clock,
      Accounts accounts) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.clients = clients;
    this.intentions = intentions;
    this.followUps = followUps;
    this.inquiries = inquiries;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long record(long clientId, SessionDraft draft) {
    Client client =
        clients
            .findById(clientId)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", clientId));
    access.require(client.mrcId(), "client", clientId);
    access.requireCaseTeam(client.confidential(), "client", clientId);
    if (client.mergedInto() != null) {
      throw new InvalidCounsellingInputException("clientId", "client.error.mergedAlready");
    }
    SessionDraft d = validate(draft);
    if (d.inquiryId() != null) {
      Inquiry inquiry =
          inquiries
              .findById(d.inquiryId())
              .filter(i -> i.mrcId() == client.mrcId())
              .orElseThrow(
                  () -> new InvalidCounsellingInputException("inquiryId", "session.error.inquiry"));
      inquiries.answer(inquiry.id(), clientId, AuditLog.currentActor());
    }
    long counsellor = access.staffId();
    String actor = AuditLog.currentActor();
    long id = sessions.insert(clientId, client.mrcId(), counsellor, d, actor);
    if (d.intention() != null) {
      String stage = intentions.hasIntake(clientId) ? "FOLLOW_UP" : "INTAKE";
      intentions.insert(
          clientId,
          client.mrcId(),
          stage,
          d.intention(),
          d.likelihood(),
          d.heldOn(),
          id,
          null,
          actor);
    }
    if (d.followUpOn() != null) {
      followUps.schedule(clientId, client.mrcId(), counsellor, id, d.followUpOn(), actor);
    }
    audit.record("CREATED", "counselling_session", id, "client " + clientId);
    return id;
  }

  /** A session in the signed-in person's scope (403 and audited otherwise). */
  @Transactional(readOnly = true)
  public CounsellingSession get(long id) {
    CounsellingSession s =
        sessions
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("counselling_session", id));
    access.require(s.mrcId(), "counselling_session", id);
    access.requireCaseTeam(s.confidential(), "counselling_session", id);
    return s;
  }

  /**
   * Corrects what was recorded. The intention and follow-up that came with the session are records
   * of their own and stay as they are.
   */
  @Transactional
  public void change(long id, int version, SessionDraft draft) {
    CounsellingSession before = get(id);
    SessionDraft d =
        validate(
            new SessionDraft(
                draft.channel(),
                draft.heldOn(),
                draft.durationMinutes(),
                draft.topics(),
                draft.materials(),
                draft.notes(),
                draft.referralNeeded(),
                draft.nextStep(),
                null,
                null,
                null,
                null));
    sessions.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "counselling_session", id, "client " + before.clientId());
  }

  /** Sessions at the MRCs in the signed-in person's scope, newest first. */
  @Transactional(readOnly = true)
  public ResultPage<SessionRow> search(SessionFilter filter, int page, int size) {
    Long[] scope = access.scope().asArray();
    long total = sessions.count(filter, scope);
    return ResultPage.counted(
        sessions.search(filter, scope, size, (long) page * size), page, size, total);
  }

  /** Counsellors' names, for showing who held each session. */
  @Transactional(readOnly = true)
  public Map<Long, String> counsellorNames(List<SessionRow> rows) {
    return accounts.names(rows.stream().map(SessionRow::counsellorId).distinct().toList());
  }

  @Transactional(readOnly = true)
  public List<CounsellingSession> ofClient(Client client) {
    return sessions.ofClient(client.id());
  }

  @Transactional(readOnly = true)
  public List<IntentionRecord> intentionsOf(Client client) {
    return intentions.ofClient(client.id());
  }

  private SessionDraft validate(SessionDraft d) {
    LocalDate today = LocalDate.now(clock);
    if (d.channel() == null) {
      throw new InvalidCounsellingInputException("channel", "session.error.channel");
    }
    if (d.heldOn() == null || d.heldOn().isAfter(today)) {
      throw new InvalidCounsellingInputException("heldOn", "session.error.heldOn");
    }
    if (d.durationMinutes() == null || d.durationMinutes() < 1 || d.durationMinutes() > 600) {
      throw new InvalidCounsellingInputException("durationMinutes", "session.error.duration");
    }
    if (d.topics() == null || d.topics().isEmpty()) {
      throw new InvalidCounsellingInputException("topics", "session.error.topics");
    }
    Intentions.check(d.intention(), d.likelihood());
    if (d.followUpOn() != null && !d.followUpOn().isAfter(d.heldOn())) {
      throw new InvalidCounsellingInputException("followUpOn", "session.error.followUpOn");
    }
    return new SessionDraft(
        d.channel(),
        d.heldOn(),
        d.durationMinutes(),
        EnumSet.copyOf(d.topics()),
        Text.clean(d.materials(), 2000, "materials"),
        Text.clean(d.notes(), 20_000, "notes"),
        d.referralNeeded(),
        Text.clean(d.nextStep(), 2000, "nextStep"),
        d.inquiryId(),
        d.intention(),
        d.likelihood(),
        d.followUpOn());
  }
}
