package org.safar.assistance;

import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.springframework.stereotype.Component;

/**
 * The one place the module decides whether the signed-in person may touch a record: a record kept
 * by an org unit outside their scope is refused as forbidden, and the attempt is audited.
 */
@Component
class AssistanceAccess {

  private final OrgUnits orgUnits;
  private final AuditLog audit;

  AssistanceAccess(OrgUnits orgUnits, AuditLog audit) {
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  OrgUnitScope scope() {
    return orgUnits.currentScope();
  }

  /** Refuses (403, audited) a record kept by a unit outside the scope. */
  void require(OrgUnitScope scope, long ownerOrgUnitId, String recordType, long recordId) {
    if (!scope.contains(ownerOrgUnitId)) {
      audit.accessDenied(recordType, recordId);
      throw new OutOfScopeException(recordType + " " + recordId);
    }
  }
}
