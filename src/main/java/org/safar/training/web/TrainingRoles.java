package org.safar.training.web;

/** Who reads trainings, and who records them (coordinators only within their MRC's scope). */
final class TrainingRoles {

  static final String READ =
      "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR', 'MRC_COORDINATOR', 'ME_OFFICER',"
          + " 'VIEWER')";
  static final String EDIT = "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR', 'MRC_COORDINATOR')";

  private TrainingRoles() {}
}
