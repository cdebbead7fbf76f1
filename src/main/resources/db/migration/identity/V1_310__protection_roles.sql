-- Roles for the referral network and protected casework: supervisors of caseworkers,
-- data-protection officers, and staff of service providers that answer referrals in Safar.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check check (role in ('ADMINISTRATOR',
    'PROGRAMME_MANAGER', 'ME_OFFICER', 'MRC_COORDINATOR', 'COUNSELLOR', 'OUTREACH_OFFICER',
    'PROTECTION_CASEWORKER', 'PROTECTION_SUPERVISOR', 'DATA_PROTECTION_OFFICER', 'SERVICE_PROVIDER',
    'VIEWER'));
