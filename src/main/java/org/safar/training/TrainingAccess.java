package org.safar.training;

import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place the module decides who may read and change a training: its org unit must be in the
 * reader's scope (else 403, audited), and changes need an editing role.
 */
@Component
class TrainingAccess {

  static final java.util.Set<String> EDITORS =
      java.util.Set.of("ROLE_PROGRAMME_MANAGER", "ROLE_ADMINISTRATOR", "ROLE_MRC_COORDINATOR");

  /** Roles that may see who took part, by name; viewers (donors) see only the figures. */
  static final java.util.Set<String> PERSON_READERS =
      java.util.Set.of(
          "ROLE_PROGRAMME_MANAGER",
          "ROLE_ADMINISTRATOR",
          "ROLE_MRC_COORDINATOR",
          "ROLE_ME_OFFICER");

  private final OrgUnits orgUnits;
  private final AuditLog audit;

  TrainingAccess(OrgUnits orgUnits, AuditLog audit) {
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  OrgUnitScope scope() {
    return orgUnits.currentScope();
  }

  void requireRead(long orgUnitId, String type, long id) {
    if (!scope().contains(orgUnitId)) {
      audit.accessDenied(type, id);
      throw new OutOfScopeException(type + " " + id);
    }
  }

  void requireEdit(long orgUnitId, String type, long id) {
    requireRead(orgUnitId, type, id);
    if (!holdsAny(EDITORS)) {
      audit.accessDenied(type, id, "no role that edits trainings");
      throw new OutOfScopeException("change of " + type + " " + id);
    }
  }

  /** Refuses to record anything in an org unit outside scope. */
  void requireUnit(Long orgUnitId) {
    if (orgUnitId == null || !scope().contains(orgUnitId)) {
      throw new InvalidTrainingInputException("orgUnitId", "training.error.orgUnit");
    }
    if (!holdsAny(EDITORS)) {
      throw new OutOfScopeException("training in org unit " + orgUnitId);
    }
  }

  boolean maySeePersons() {
    return holdsAny(PERSON_READERS);
  }

  boolean mayEdit() {
    return holdsAny(EDITORS);
  }

  private static boolean holdsAny(java.util.Set<String> roles) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(roles::contains);
  }
}
