package org.safar.counselling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safar.audit.AuditLog;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.identity.StaffMember;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inquiry inbox of each MRC. */
@Service
public class Inquiries {

  private final InquiryRepository repository;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Accounts accounts;
  private final OrgUnits orgUnits;
  private final Clock clock;

  Inquiries(
      InquiryRepository repository,
      DeskAccess access,
      AuditLog audit,
      Accounts accounts,
      OrgUnits orgUnits,
      Clock clock) {
    this.repository = repository;
    this.access = access;
    this.audit = audit;
    this.accounts = accounts;
    this.orgUnits = orgUnits;
    this.clock = clock;
  }

  @Transactional
  public Inquiry record(InquiryDraft draft) {
    InquiryDraft clean = validate(draft);
    access.requireMrc(clean.mrcId());
    long id = repository.insert(clean, AuditLog.currentActor());
    audit.record("CREATED", "inquiry", id, clean.channel().name());
    return repository.findById(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Inquiry get(long id) {
    Inquiry inquiry =
        repository
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("inquiry", id));
    access.require(inquiry.mrcId(), "inquiry", id);
    return inquiry;
  }

  @Transactional(readOnly = true)
  public ResultPage<Inquiry> search(InquiryFilter filter, int page, int size) {
    Long[] scope = access.scope().asArray();
    long total = repository.count(filter, scope);
    return ResultPage.counted(
        repository.search(filter, scope, size, (long) page * size), page, size, total);
  }

  /** The signed-in person's own inquiries that still wait for an answer. */
  @Transactional(readOnly = true)
  public ResultPage<Inquiry> mine(int page, int size) {
    return search(
        new InquiryFilter(null, InquiryStatus.OPEN, null, access.staffId(), null, null, null, null),
        page,
        size);
  }

  /** Counsellors and coordinators who can take inquiries at the MRC (or above it). */
  @Transactional(readOnly = true)
  public List<StaffMember> assignable(long mrcId) {
    return accounts.staffAt(
        orgUnits.ancestorsAndSelf(mrcId), EnumSet.of(Role.COUNSELLOR, Role.MRC_COORDINATOR));
  }

  /** A coordinator hands an inquiry to a counsellor who works at that MRC. */
  @Transactional
  public void assign(long id, Long accountId) {
    Inquiry inquiry = get(id);
    if (accountId != null
        && assignable(inquiry.mrcId()).stream().noneMatch(s -> s.id() == accountId)) {
      throw new InvalidCounsellingInputException("assignee", "inquiry.error.assignee");
    }
    repository.assign(id, accountId, AuditLog.currentActor());
    audit.record("ASSIGNED", "inquiry", id, accountId == null ? "nobody" : accountId.toString());
  }

  /** Records that the inquiry was answered (optionally by counselling a registered client). */
  @Transactional
  public void answer(long id, Long clientId) {
    get(id);
    repository.answer(id, clientId, AuditLog.currentActor());
    audit.record("ANSWERED", "inquiry", id, clientId == null ? null : "client " + clientId);
  }

  @Transactional
  public void close(long id) {
    get(id);
    repository.close(id, AuditLog.currentActor());
    audit.record("CLOSED", "inquiry", id, null);
  }

  /** Median first-response time at the MRC over the last 30 days. */
  @Transactional(readOnly = true)
  public Optional<Duration> medianFirstResponse(long mrcId) {
    return repository.medianFirstResponse(mrcId, clock.instant().minus(Duration.ofDays(30)));
  }

  @Transactional(readOnly = true)
  public long openCount(long mrcId) {
    return repository.countOpen(mrcId);
  }

  @Transactional(readOnly = true)
  public Map<Long, String> staffNames(List<Inquiry> inquiries) {
    return accounts.names(
        inquiries.stream().map(Inquiry::assignedTo).filter(a -> a != null).distinct().toList());
  }

  /** The draft as it will be saved, or the first rule it breaks. */
  InquiryDraft validate(InquiryDraft d) {
    if (d.channel() == null) {
      throw new InvalidCounsellingInputException("channel", "inquiry.error.channel");
    }
    String question = Text.clean(d.question(), 10_000, "question");
    if (question == null) {
      throw new InvalidCounsellingInputException("question", "inquiry.error.question");
    }
    Instant received = d.receivedAt() == null ? clock.instant() : d.receivedAt();
    if (received.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
      throw new InvalidCounsellingInputException("receivedAt", "inquiry.error.future");
    }
    String email = Text.clean(d.contactEmail(), 200, "contactEmail");
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidCounsellingInputException("contactEmail", "inquiry.error.email");
    }
    return new InquiryDraft(
        d.mrcId(),
        d.channel(),
        received,
        Text.clean(d.language(), 20, "language"),
        question,
        Text.clean(d.contactName(), 200, "contactName"),
        Text.clean(d.contactPhone(), 40, "contactPhone"),
        email);
  }
}
