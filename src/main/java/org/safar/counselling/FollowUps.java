package org.safar.counselling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.safar.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups: what each counsellor owes today, and what a follow-up call found. */
@Service
public class FollowUps {

  private final FollowUpRepository repository;
  private final IntentionRepository intentions;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Clock clock;

  FollowUps(
      FollowUpRepository repository,
      IntentionRepository intentions,
      DeskAccess access,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.intentions = intentions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The signed-in counsellor's follow-ups due today or overdue. */
  @Transactional(readOnly = true)
  public List<FollowUp> dueForMe() {
    return repository.dueBy(access.staffId(), LocalDate.now(clock), access.scope().asArray());
  }

  @Transactional(readOnly = true)
  public FollowUp get(long id) {
    FollowUp f =
        repository
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("follow-up", id));
    access.require(f.mrcId(), "follow_up", id);
    access.requireCaseTeam(f.confidential(), "follow_up", id);
    return f;
  }

  @Transactional(readOnly = true)
  public List<FollowUp> ofClient(Client client) {
    return repository.ofClient(client.id());
  }

  /** Records the call: its outcome, the intention asked again, and maybe the next follow-up. */
  @Transactional
  public void record(long id, FollowUpOutcome outcome) {
    FollowUp f = get(id);
    LocalDate today = LocalDate.now(clock);
    if (outcome.reached()) {
      if (outcome.intention() == null) {
        throw new InvalidCounsellingInputException("intention", "intention.error.missing");
      }
      Intentions.check(outcome.intention(), outcome.likelihood());
    }
    if (outcome.nextOn() != null && !outcome.nextOn().isAfter(today)) {
      throw new InvalidCounsellingInputException("nextOn", "followUp.error.nextOn");
    }
    String actor = AuditLog.currentActor();
    FollowUpOutcome clean =
        new FollowUpOutcome(
            outcome.reached(),
            Text.clean(outcome.outcome(), 5000, "outcome"),
            outcome.reached() ? outcome.intention() : null,
            outcome.reached() ? outcome.likelihood() : null,
            outcome.nextOn());
    repository.complete(id, clean, actor);
    if (clean.intention() != null) {
      intentions.insert(
          f.clientId(),
          f.mrcId(),
          "FOLLOW_UP",
          clean.intention(),
          clean.likelihood(),
          today,
          null,
          id,
          actor);
    }
    if (clean.nextOn() != null) {
      repository.schedule(f.clientId(), f.mrcId(), access.staffId(), null, clean.nextOn(), actor);
    }
    audit.record("RECORDED", "follow_up", id, clean.reached() ? "reached" : "not reached");
  }
}
