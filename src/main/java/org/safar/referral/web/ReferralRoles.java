package org.safar.referral.web;

/** Who works with referrals: the desk and protection staff refer, providers' staff answer. */
final class ReferralRoles {

  static final String REFER =
      "hasAnyRole('COUNSELLOR', 'MRC_COORDINATOR', 'PROTECTION_CASEWORKER',"
          + " 'PROTECTION_SUPERVISOR', 'ADMINISTRATOR')";

  static final String ANY =
      "hasAnyRole('COUNSELLOR', 'MRC_COORDINATOR', 'PROTECTION_CASEWORKER',"
          + " 'PROTECTION_SUPERVISOR', 'ADMINISTRATOR', 'SERVICE_PROVIDER')";

  private ReferralRoles() {}
}
