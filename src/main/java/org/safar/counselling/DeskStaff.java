package org.safar.counselling;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.identity.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counsellors and coordinators in the signed-in person's scope, for list filters. */
@Service
public class DeskStaff {

  private final Accounts accounts;
  private final DeskAccess access;

  DeskStaff(Accounts accounts, DeskAccess access) {
    this.accounts = accounts;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public List<StaffMember> inScope() {
    return accounts.staffAt(
        Set.of(access.scope().asArray()), EnumSet.of(Role.COUNSELLOR, Role.MRC_COORDINATOR));
  }
}
