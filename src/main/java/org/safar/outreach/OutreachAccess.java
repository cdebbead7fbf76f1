package org.safar.outreach;

import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.portfolio.Portfolio;
import org.springframework.stereotype.Component;

/**
 * The one gate of outreach records: a record of an org unit outside the reader's scope is refused
 * (403) and the attempt audited; nothing is filed under a unit or project the person cannot work
 * in.
 */
@Component
class OutreachAccess {

  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final AuditLog audit;

  OutreachAccess(OrgUnits orgUnits, Portfolio portfolio, AuditLog audit) {
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.audit = audit;
  }

  OrgUnitScope scope() {
    return orgUnits.currentScope();
  }

  void require(long orgUnitId, String recordType, long recordId) {
    if (!scope().contains(orgUnitId)) {
      audit.accessDenied(recordType, recordId);
      throw new OutOfScopeException(recordType + " " + recordId);
    }
  }

  /** Refuses a unit outside the scope or a project the scope does not work under. */
  void requireUnitAndProject(Long orgUnitId, Long projectId, OrgUnitScope scope) {
    if (orgUnitId == null || !scope.contains(orgUnitId)) {
      throw new InvalidOutreachInputException("orgUnitId", "outreach.error.orgUnit");
    }
    if (projectId == null || !portfolio.isWorkableIn(projectId, scope)) {
      throw new InvalidOutreachInputException("projectId", "outreach.error.project");
    }
  }
}
