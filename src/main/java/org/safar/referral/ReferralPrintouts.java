package org.safar.referral;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable referral form, for a provider that does not work in Safar: the referring side
 * prints it once the referral is sent, the provider fills in its answer by hand, and the referring
 * side records that answer in Safar. Each printout is audited.
 */
@Service
public class ReferralPrintouts {

  /**
   * A form exists from sending on, while the referral stands. A draft has shared nothing yet; a
   * rejected one may already be changed for another provider; a called-back one must not be acted
   * on. (Kept in step with the link on {@code referral/referral.html}.)
   */
  static final Set<ReferralStatus> PRINTABLE =
      EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DONE);

  private final Referrals referrals;
  private final ServiceDirectory directory;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  ReferralPrintouts(
      Referrals referrals, ServiceDirectory directory, OrgUnits orgUnits, AuditLog audit) {
    this.referrals = referrals;
    this.directory = directory;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  /**
   * Renders the form of a sent referral with {@code render} and records the printout in the same
   * transaction, so a form that failed to render is not reported as printed. Only the referring
   * side may print, and for a protected case only its caseworker and supervisor (403, audited); a
   * referral that is not {@link #PRINTABLE} has no form (404).
   */
  @Transactional
  public <T> T print(long id, Function<PrintableReferral, T> render) {
    Referral r = referrals.get(id);
    if (!referrals.onReferringSide(r) || referrals.hidesClient(r)) {
      audit.accessDenied("referral", id);
      throw new ReferralAccessDeniedException(id);
    }
    if (!PRINTABLE.contains(r.status())) {
      throw new ReferralNotFoundException(id);
    }
    ServiceProvider provider = directory.get(r.providerId());
    OrgUnit mrc = orgUnits.find(r.mrcId()).orElseThrow();
    T printed = render.apply(new PrintableReferral(r, mrc, provider, referrals.sharedOf(r)));
    audit.record("PRINTED", "referral", id, "printable form for provider " + provider.id());
    return printed;
  }
}
