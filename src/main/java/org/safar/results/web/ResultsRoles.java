package org.safar.results.web;

/** Who reads results (viewers too) and who defines them. */
final class ResultsRoles {

  static final String READ =
      "hasAnyRole('ME_OFFICER', 'PROGRAMME_MANAGER', 'ADMINISTRATOR', 'VIEWER')";
  static final String EDIT = "hasAnyRole('ME_OFFICER', 'PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  private ResultsRoles() {}
}
