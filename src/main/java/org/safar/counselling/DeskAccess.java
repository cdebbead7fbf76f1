package org.safar.counselling;

import org.safar.audit.AuditLog;
import org.safar.identity.StaffPrincipal;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place the desk decides whether the signed-in person may touch a record of an MRC: a
 * record outside their scope is refused as if it were forbidden, and the attempt is audited.
 */
@Component
class DeskAccess {

  private final OrgUnits orgUnits;
  private final AuditLog audit;

  DeskAccess(OrgUnits orgUnits, AuditLog audit) {
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  OrgUnitScope scope() {
    return orgUnits.currentScope();
  }

  /** Refuses (403, audited) a record whose MRC lies outside the signed-in person's scope. */
  void require(long mrcId, String recordType, long recordId) {
    if (!scope().contains(mrcId)) {
      audit.accessDenied(recordType, recordId);
      throw new OutOfScopeException(recordType + " " + recordId);
    }
  }

  /**
   * Refuses (403, audited) to work on a protected client's record for anyone outside the case: they
   * see the record as "Confidential" and can change nothing about the person.
   */
  void requireCaseTeam(boolean confidential, String recordType, long recordId) {
    if (confidential) {
      audit.accessDenied(recordType, recordId, "protected case; not on the case team");
      throw new OutOfScopeException("protected " + recordType + " " + recordId);
    }
  }

  /** Refuses to create anything in an MRC outside scope, or in a unit that is not an MRC. */
  void requireMrc(long mrcId) {
    if (!scope().contains(mrcId)
        || orgUnits
            .find(mrcId)
            .map(u -> u.kind() != org.safar.orgunits.OrgUnitKind.MRC)
            .orElse(true)) {
      throw new InvalidCounsellingInputException("mrcId", "counselling.error.mrc");
    }
  }

  /** The signed-in staff member's account id. */
  long staffId() {
    if (SecurityContextHolder.getContext().getAuthentication().getPrincipal()
        instanceof StaffPrincipal staff) {
      return staff.accountId();
    }
    throw new IllegalStateException("No staff member is signed in");
  }
}
