package org.safar.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.counselling.Client;
import org.safar.counselling.Clients;
import org.safar.identity.StaffPrincipal;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.InvalidInputException;
import org.safar.shell.ResultPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals from the desk to providers: draft → sent → accepted | rejected → done | revoked.
 * Sending needs the client's consent to share for that kind of service, in force on the day; only
 * coordinators and protection supervisors may send without it, giving a reason that is audited. The
 * provider is given a copy of what the consent allows, fixed when the referral is sent. A provider
 * that works in Safar answers in Safar; for any other the referring side records its answer.
 */
@Service
public class Referrals {

  /** Who may send a referral without consent (a separate permission, never implied). */
  static final Set<String> OVERRIDERS =
      Set.of("ROLE_MRC_COORDINATOR", "ROLE_PROTECTION_SUPERVISOR");

  private final ReferralRepository referrals;
  private final ConsentRepository consents;
  private final ServiceDirectory directory;
  private final Clients clients;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration answerWithin;

  Referrals(
      ReferralRepository referrals,
      ConsentRepository consents,
      ServiceDirectory directory,
      Clients clients,
      OrgUnits orgUnits,
      AuditLog audit,
      Clock clock,
      @Value("${safar.referral.answer-within:5d}") Duration answerWithin) {
    this.referrals = referrals;
    this.consents = consents;
    this.directory = directory;
    this.clients = clients;
    this.orgUnits = orgUnits;
    this.audit = audit;
    this.clock = clock;
    this.answerWithin = answerWithin;
  }

  public Duration answerWithin() {
    return answerWithin;
  }

  // ---- consent -------------------------------------------------------------------------

  @Transactional
  public long recordConsent(long clientId, ConsentDraft d) {
    Client client = clients.forChange(clientId);
    if (d.services() == null || d.services().isEmpty()) {
      throw new InvalidInputException("services", "consent.error.services");
    }
    LocalDate today = LocalDate.now(clock);
    if (d.givenOn() == null || d.givenOn().isAfter(today)) {
      throw new InvalidInputException("givenOn", "consent.error.givenOn");
    }
    if (d.expiresOn() == null || !d.expiresOn().isAfter(d.givenOn())) {
      throw new InvalidInputException("expiresOn", "consent.error.expiresOn");
    }
    if (d.method() == null || !Set.of("VERBAL", "WRITTEN", "DIGITAL").contains(d.method())) {
      throw new InvalidInputException("method", "consent.error.method");
    }
    long id = consents.insert(client.id(), d, AuditLog.currentActor());
    audit.record("CONSENT_RECORDED", "client", client.id(), "sharing consent " + id);
    return id;
  }

  @Transactional
  public void withdrawConsent(long clientId, long consentId) {
    Client client = clients.forChange(clientId);
    if (consents.withdraw(consentId, client.id(), LocalDate.now(clock))) {
      audit.record("CONSENT_WITHDRAWN", "client", client.id(), "sharing consent " + consentId);
    }
  }

  @Transactional(readOnly = true)
  public List<SharingConsent> consentsOf(Client client) {
    return consents.ofClient(client.id());
  }

  // ---- the referring side --------------------------------------------------------------

  @Transactional
  public long draft(long clientId, ReferralDraft draft) {
    Client client = clients.forChange(clientId);
    if (client.mergedInto() != null) {
      throw new InvalidInputException("providerId", "referral.error.merged");
    }
    ReferralDraft d = draft.checkedAgainst(directory);
    long id = referrals.insert(client.id(), client.mrcId(), d, staffId(), AuditLog.currentActor());
    audit.record("CREATED", "referral", id, d.service() + " at provider " + d.providerId());
    return id;
  }

  /** Changes a draft, or a rejected referral before it is sent again. */
  @Transactional
  public void change(long id, int version, ReferralDraft draft) {
    Referral r = referringSide(id);
    if (r.status() != ReferralStatus.DRAFT && r.status() != ReferralStatus.REJECTED) {
      throw new InvalidInputException("status", "referral.error.notChangeable");
    }
    ReferralDraft d = draft.checkedAgainst(directory);
    referrals.change(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "referral", id, d.service() + " at provider " + d.providerId());
  }

  /**
   * Sends a draft, or a rejected referral that was changed since. Without consent in force for the
   * service, only a person with the override permission may send, and only with a reason.
   */
  @Transactional
  public void send(long id, int version, String overrideReason) {
    Referral r = referringSide(id);
    if (r.status() != ReferralStatus.DRAFT && r.status() != ReferralStatus.REJECTED) {
      throw new InvalidInputException("status", "referral.error.notSendable");
    }
    if (r.status() == ReferralStatus.REJECTED && fingerprint(r).equals(referrals.rejectedAs(id))) {
      throw new InvalidInputException("status", "referral.error.unchanged");
    }
    ServiceProvider provider = directory.get(r.providerId());
    if (!provider.active() || !provider.offers(r.service())) {
      throw new InvalidInputException("providerId", "referral.error.service");
    }
    Client client = clients.forChange(r.clientId());
    LocalDate today = LocalDate.now(clock);
    List<SharingConsent> all = consents.ofClient(client.id());
    Optional<SharingConsent> consent =
        all.stream().filter(c -> c.covers(r.service(), today)).findFirst();
    String override = TypedText.clean(overrideReason, 1000, "overrideReason");
    if (consent.isEmpty()) {
      boolean expired =
          all.stream()
              .anyMatch(
                  c ->
                      c.withdrawnOn() == null
                          && c.services().contains(r.service())
                          && c.expiredOn(today));
      if (override == null || !mayOverride()) {
        throw new InvalidInputException(
            "overrideReason",
            expired ? "referral.error.consentExpired" : "referral.error.noConsent");
      }
    }
    Shared shared =
        consent
            .map(c -> Shared.of(client, c.shareName(), c.sharePhone(), c.shareDetails()))
            // sent without consent: no more than is needed to reach the person
            .orElseGet(() -> Shared.of(client, true, true, false));
    referrals.send(
        id,
        version,
        consent.map(SharingConsent::id).orElse(null),
        consent.isPresent() ? null : override,
        shared,
        AuditLog.currentActor());
    if (consent.isEmpty()) {
      audit.record("CONSENT_OVERRIDDEN", "referral", id, override);
    }
    audit.record("SENT", "referral", id, "to provider " + provider.id());
  }

  @Transactional
  public void revoke(long id, int version, String note) {
    Referral r = referringSide(id);
    if (!r.status().revocable()) {
      throw new InvalidInputException("status", "referral.error.notRevocable");
    }
    referrals.close(
        id,
        version,
        ReferralStatus.REVOKED,
        null,
        null,
        TypedText.clean(note, 2000, "note"),
        AuditLog.currentActor());
    audit.record("REVOKED", "referral", id, note);
  }

  // ---- the provider's answer -------------------------------------------------------------

  /**
   * Accepts or rejects a sent referral: the provider's own staff when it works in Safar, the
   * referring side (recording what the provider said) when it does not.
   */
  @Transactional
  public void answer(long id, int version, boolean accept, String rejectionReason) {
    Referral r = answeringSide(id);
    if (r.status() != ReferralStatus.SENT) {
      throw new InvalidInputException("status", "referral.error.notSent");
    }
    String reason = TypedText.clean(rejectionReason, 2000, "rejectionReason");
    if (!accept && reason == null) {
      throw new InvalidInputException("rejectionReason", "referral.error.rejectionReason");
    }
    referrals.answer(
        id, version, accept, accept ? null : reason, fingerprint(r), AuditLog.currentActor());
    audit.record(accept ? "ACCEPTED" : "REJECTED", "referral", id, reason);
  }

  /** Records how an accepted referral ended. */
  @Transactional
  public void complete(
      long id, int version, boolean successful, OutcomeReason reason, String note) {
    Referral r = answeringSide(id);
    if (r.status() != ReferralStatus.ACCEPTED) {
      throw new InvalidInputException("status", "referral.error.notAccepted");
    }
    if (!successful && reason == null) {
      throw new InvalidInputException("outcomeReason", "referral.error.outcomeReason");
    }
    referrals.close(
        id,
        version,
        ReferralStatus.DONE,
        successful,
        successful ? null : reason,
        TypedText.clean(note, 2000, "note"),
        AuditLog.currentActor());
    audit.record("DONE", "referral", id, successful ? "successful" : "not successful: " + reason);
  }

  // ---- reading -----------------------------------------------------------------------------

  /** A referral the signed-in person is on either side of; any other look is refused and logged. */
  @Transactional(readOnly = true)
  public Referral get(long id) {
    Referral r = find(id);
    if (!onReferringSide(r) && !onProviderSide(r)) {
      throw denied(id);
    }
    return r;
  }

  @Transactional(readOnly = true)
  public boolean onReferringSide(Referral r) {
    return orgUnits.currentScope().contains(r.mrcId());
  }

  /** The provider's own staff, for a provider that works in Safar; never for a draft. */
  @Transactional(readOnly = true)
  public boolean onProviderSide(Referral r) {
    if (r.status() == ReferralStatus.DRAFT) {
      return false;
    }
    Long unit = directory.get(r.providerId()).safarOrgUnitId();
    return unit != null && orgUnits.currentScope().contains(unit);
  }

  /** Who may answer: the provider's staff in Safar, else the referring side on its behalf. */
  @Transactional(readOnly = true)
  public boolean mayAnswer(Referral r) {
    boolean inSafar = directory.get(r.providerId()).usesSafar();
    return inSafar ? onProviderSide(r) : onReferringSide(r);
  }

  /**
   * What the provider was given when the referral was sent. On the referring side, for a protected
   * case the reader is not on, nothing of it: it says who the person is.
   */
  @Transactional(readOnly = true)
  public Shared sharedOf(Referral r) {
    get(r.id());
    return hidesClient(r) ? Shared.CONFIDENTIAL : referrals.shared(r.id());
  }

  /**
   * Whether the referral's client is a protected case whose identity the reader may not see: true
   * for everyone on the referring side but the case's caseworker and supervisor. The provider's
   * staff see what the client consented to share with them. Either way the look is audited.
   */
  @Transactional(readOnly = true)
  public boolean hidesClient(Referral r) {
    return clients.confidential(r.clientId()) && (onReferringSide(r) || !onProviderSide(r));
  }

  /** Referrals of clients at the MRCs in scope; {@code overdue} keeps those unanswered too long. */
  @Transactional(readOnly = true)
  public ResultPage<Referral> fromMyMrcs(
      ReferralStatus status, boolean overdue, int page, int size) {
    Long[] scope = orgUnits.currentScope().asArray();
    Instant since = clock.instant().minus(answerWithin);
    return ResultPage.counted(
        referrals.fromMrcs(scope, status, overdue, since, size, (long) page * size),
        page,
        size,
        referrals.countFromMrcs(scope, status, overdue, since));
  }

  /** Referrals sent to providers whose staff the signed-in person is, last sent first. */
  @Transactional(readOnly = true)
  public ResultPage<Referral> toMyOrganisation(ReferralStatus status, int page, int size) {
    Long[] providers = directory.mine();
    return ResultPage.counted(
        referrals.toProviders(providers, status, size, (long) page * size),
        page,
        size,
        referrals.countToProviders(providers, status));
  }

  @Transactional(readOnly = true)
  public List<Referral> ofClient(Client client) {
    return referrals.ofClient(client.id());
  }

  public boolean overdue(Referral r) {
    return r.status() == ReferralStatus.SENT
        && r.sentAt() != null
        && r.sentAt().isBefore(clock.instant().minus(answerWithin));
  }

  // ---- rules -------------------------------------------------------------------------------

  private Referral find(long id) {
    return referrals.findById(id).orElseThrow(() -> new ReferralNotFoundException(id));
  }

  /** The referring side, and for a protected case only its caseworker and supervisor. */
  private Referral referringSide(long id) {
    Referral r = find(id);
    if (!onReferringSide(r) || clients.confidential(r.clientId())) {
      throw denied(id);
    }
    return r;
  }

  private Referral answeringSide(long id) {
    Referral r = find(id);
    if (!mayAnswer(r) || hidesClient(r)) {
      throw denied(id);
    }
    return r;
  }

  private RuntimeException denied(long id) {
    audit.accessDenied("referral", id);
    return new ReferralAccessDeniedException(id);
  }

  private static String fingerprint(Referral r) {
    return r.providerId() + "|" + r.service() + "|" + r.reason();
  }

  private static boolean mayOverride() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> OVERRIDERS.contains(a.getAuthority()));
  }

  private static long staffId() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof StaffPrincipal p) {
      return p.accountId();
    }
    throw new IllegalStateException("Referrals are made by signed-in staff");
  }
}
