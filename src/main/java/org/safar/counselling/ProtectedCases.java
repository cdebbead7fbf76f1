package org.safar.counselling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.counselling.ProtectedCase.CaseRole;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.identity.StaffMember;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Protected cases: marking a client's case protected, handing it over (the receiver must accept),
 * closing it, and anonymising it a configured time after it closed. Who may see the person is
 * decided where rows are read ({@link ProtectedReads}); this service keeps the team.
 */
@Service
public class ProtectedCases {

  private final ProtectedCaseRepository cases;
  private final ClientRepository clients;
  private final DeskAccess access;
  private final Accounts accounts;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ProtectionSettings settings;
  private final Clock clock;
  private final TransactionTemplate transactions;

  ProtectedCases(
      ProtectedCaseRepository cases,
      ClientRepository clients,
      DeskAccess access,
      Accounts accounts,
      OrgUnits orgUnits,
      AuditLog audit,
      ApplicationEventPublisher events,
      ProtectionSettings settings,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.cases = cases;
    this.clients = clients;
    this.access = access;
    this.accounts = accounts;
    this.orgUnits = orgUnits;
    this.audit = audit;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  /** How long after closing a case is anonymised. */
  public java.time.Period anonymiseAfter() {
    return settings.anonymiseAfter();
  }

  /** The case of a client in scope, if the client's case is protected. */
  @Transactional(readOnly = true)
  public Optional<ProtectedCase> of(long clientId) {
    Client client = clientInScope(clientId);
    return client.protectedCase() ? cases.find(clientId) : Optional.empty();
  }

  /** The cases the signed-in person works or supervises, and those offered to them. */
  @Transactional(readOnly = true)
  public List<ProtectedCase> mine() {
    return cases.of(access.staffId());
  }

  /** Protection caseworkers who may take a case at this MRC: their org units hold it. */
  @Transactional(readOnly = true)
  public List<StaffMember> caseworkersFor(long mrcId) {
    return accounts.staffAt(orgUnits.ancestorsAndSelf(mrcId), Set.of(Role.PROTECTION_CASEWORKER));
  }

  /** Protection supervisors who may supervise a case at this MRC. */
  @Transactional(readOnly = true)
  public List<StaffMember> supervisorsFor(long mrcId) {
    return accounts.staffAt(orgUnits.ancestorsAndSelf(mrcId), Set.of(Role.PROTECTION_SUPERVISOR));
  }

  /**
   * Marks a client's case protected. A caseworker who names themself takes the case at once; any
   * other caseworker is asked, and holds it once they accept. Until then only the supervisor sees
   * who the person is, and whoever marked it, unless on the team, no longer does.
   */
  @Transactional
  public void mark(long clientId, ProtectionReason reason, Long caseworkerId, Long supervisorId) {
    Client client = clientInScope(clientId);
    if (client.mergedInto() != null) {
      throw new InvalidCounsellingInputException("reason", "client.error.mergedAlready");
    }
    if (client.protectedCase()) {
      throw new InvalidCounsellingInputException("reason", "protection.error.already");
    }
    if (reason == null) {
      throw new InvalidCounsellingInputException("reason", "protection.error.reason");
    }
    if (caseworkerId == null || !eligible(caseworkersFor(client.mrcId()), caseworkerId)) {
      throw new InvalidCounsellingInputException("caseworkerId", "protection.error.caseworker");
    }
    if (supervisorId == null || !eligible(supervisorsFor(client.mrcId()), supervisorId)) {
      throw new InvalidCounsellingInputException("supervisorId", "protection.error.supervisor");
    }
    boolean self = caseworkerId == access.staffId();
    cases.insert(
        clientId,
        reason,
        self ? caseworkerId : null,
        supervisorId,
        self ? null : caseworkerId,
        AuditLog.currentActor());
    audit.record(
        "PROTECTED",
        "client",
        clientId,
        reason
            + "; caseworker "
            + caseworkerId
            + (self ? "" : " (asked)")
            + "; supervisor "
            + supervisorId);
  }

  /**
   * Asks someone to take over a role on the case. The caseworker may hand on the case; the
   * supervisor may hand on either role. The receiver must hold the role's Safar role at an org unit
   * that holds the client's MRC; nothing changes until they accept.
   */
  @Transactional
  public void offer(long clientId, int version, CaseRole role, Long to) {
    ProtectedCase c = teamCase(clientId);
    long me = access.staffId();
    if (role == null) {
      throw new InvalidCounsellingInputException("role", "protection.error.role");
    }
    boolean may =
        (c.supervisorId() != null && c.supervisorId() == me)
            || (role == CaseRole.CASEWORKER && c.caseworkerId() != null && c.caseworkerId() == me);
    if (!may) {
      throw new InvalidCounsellingInputException("role", "protection.error.notYours");
    }
    List<StaffMember> eligible =
        role == CaseRole.CASEWORKER ? caseworkersFor(c.mrcId()) : supervisorsFor(c.mrcId());
    if (to == null || !eligible(eligible, to)) {
      throw new InvalidCounsellingInputException("to", "protection.error.outsideUnit");
    }
    Long holder = role == CaseRole.CASEWORKER ? c.caseworkerId() : c.supervisorId();
    if (holder != null && holder.longValue() == to) {
      throw new InvalidCounsellingInputException("to", "protection.error.holdsIt");
    }
    cases.offer(clientId, version, role, to, AuditLog.currentActor());
    audit.record("CASE_OFFERED", "client", clientId, role + " to account " + to);
  }

  /** The person asked takes the role; the one who held it no longer sees the person. */
  @Transactional
  public void accept(long clientId, int version) {
    ProtectedCase c = offeredCase(clientId);
    cases.accept(clientId, version, AuditLog.currentActor());
    audit.record("CASE_ACCEPTED", "client", clientId, String.valueOf(c.offeredRole()));
  }

  /** The person asked says no (or the one who asked takes the offer back). */
  @Transactional
  public void decline(long clientId, int version) {
    ProtectedCase c =
        cases
            .find(clientId)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", clientId));
    long me = access.staffId();
    if (c.offeredTo() == null || !(c.offeredTo(me) || c.onTeam(me))) {
      deny(clientId);
    }
    cases.withdrawOffer(clientId, version, AuditLog.currentActor());
    audit.record(
        c.offeredTo(me) ? "CASE_DECLINED" : "CASE_OFFER_WITHDRAWN",
        "client",
        clientId,
        String.valueOf(c.offeredRole()));
  }

  @Transactional
  public void close(long clientId, int version) {
    ProtectedCase c = teamCase(clientId);
    if (c.closed()) {
      throw new InvalidCounsellingInputException("status", "protection.error.closedAlready");
    }
    LocalDate today = LocalDate.now(clock);
    cases.close(clientId, version, today, AuditLog.currentActor());
    audit.record(
        "CASE_CLOSED", "client", clientId, "anonymised after " + settings.anonymiseAfter());
  }

  @Transactional
  public void reopen(long clientId, int version) {
    ProtectedCase c = teamCase(clientId);
    if (!c.closed()) {
      throw new InvalidCounsellingInputException("status", "protection.error.open");
    }
    cases.reopen(clientId, version, AuditLog.currentActor());
    audit.record("CASE_REOPENED", "client", clientId, null);
  }

  /**
   * Anonymises closed cases whose time is up: what identifies the person goes, as on an erasure
   * request, the counts stay. Runs at start-up and every hour; a case is done in a transaction of
   * its own, so one failure leaves the rest to the next run.
   */
  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
  public void anonymiseDueCases() {
    anonymiseClosedBefore(LocalDate.now(clock).minus(settings.anonymiseAfter()));
  }

  /** Anonymises the cases closed before the day, each in a transaction of its own; the number. */
  public int anonymiseClosedBefore(LocalDate cutoff) {
    List<Long> due = transactions.execute(status -> cases.closedBefore(cutoff, 1000));
    for (long clientId : due) {
      transactions.executeWithoutResult(
          status -> {
            clients.eraseBySystem(clientId);
            cases.markAnonymised(clientId);
            events.publishEvent(new ClientErased(clientId));
            audit.record(
                "ANONYMISED",
                "client",
                clientId,
                "protected case closed before "
                    + cutoff
                    + " (kept "
                    + settings.anonymiseAfter()
                    + ")");
          });
    }
    return due.size();
  }

  // ---- rules -------------------------------------------------------------------------------

  private Client clientInScope(long clientId) {
    Client client =
        clients
            .findById(clientId)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", clientId));
    access.require(client.mrcId(), "client", clientId);
    return client;
  }

  /** A case the signed-in person is on the team of; anyone else is refused and logged. */
  private ProtectedCase teamCase(long clientId) {
    Client client = clientInScope(clientId);
    Optional<ProtectedCase> c = client.protectedCase() ? cases.find(clientId) : Optional.empty();
    if (c.isEmpty() || !c.get().onTeam(access.staffId())) {
      deny(clientId);
    }
    if (c.get().anonymisedAt() != null) {
      throw new InvalidCounsellingInputException("status", "protection.error.anonymised");
    }
    return c.get();
  }

  /** A case offered to the signed-in person. */
  private ProtectedCase offeredCase(long clientId) {
    Optional<ProtectedCase> c = cases.find(clientId);
    if (c.isEmpty() || !c.get().offeredTo(access.staffId())) {
      deny(clientId);
    }
    return c.get();
  }

  private void deny(long clientId) {
    audit.accessDenied("client", clientId, "protected case; not on the case team");
    throw new OutOfScopeException("protected client " + clientId);
  }

  private static boolean eligible(List<StaffMember> staff, long accountId) {
    return staff.stream().anyMatch(s -> s.id() == accountId);
  }
}
