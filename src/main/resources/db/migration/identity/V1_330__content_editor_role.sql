-- Content editors write and publish the public portal's leaflets, news and agency lists.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check check (role in ('ADMINISTRATOR',
    'PROGRAMME_MANAGER', 'ME_OFFICER', 'MRC_COORDINATOR', 'COUNSELLOR', 'OUTREACH_OFFICER',
    'PROTECTION_CASEWORKER', 'PROTECTION_SUPERVISOR', 'DATA_PROTECTION_OFFICER', 'SERVICE_PROVIDER',
    'CONTENT_EDITOR', 'VIEWER'));
