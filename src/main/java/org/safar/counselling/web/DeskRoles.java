package org.safar.counselling.web;

/** Who works at the desk: person records are need-to-know, so M&E and viewers see only figures. */
final class DeskRoles {

  static final String DESK =
      "hasAnyRole('COUNSELLOR', 'MRC_COORDINATOR', 'PROTECTION_CASEWORKER',"
          + " 'PROTECTION_SUPERVISOR', 'ADMINISTRATOR')";
  static final String COORDINATION = "hasAnyRole('MRC_COORDINATOR', 'ADMINISTRATOR')";

  private DeskRoles() {}
}
