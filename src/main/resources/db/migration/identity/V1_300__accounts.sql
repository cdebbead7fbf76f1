-- Staff accounts: hashed passwords, lockout, roles, and the org units that scope what they see.
create table account (
    id                   bigint generated always as identity primary key,
    username             text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    display_name         text        not null check (length(trim(display_name)) between 1 and 120),
    email                text,
    password_hash        text        not null,
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    failed_logins        int         not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    version              int         not null default 0,
    created_at           timestamptz not null default now(),
    created_by           text        not null,
    updated_at           timestamptz not null default now(),
    updated_by           text        not null
);
create unique index account_username_uk on account (username);

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role       text   not null check (role in ('ADMINISTRATOR', 'PROGRAMME_MANAGER', 'ME_OFFICER',
        'MRC_COORDINATOR', 'COUNSELLOR', 'OUTREACH_OFFICER', 'PROTECTION_CASEWORKER', 'VIEWER')),
    primary key (account_id, role)
);

create table account_org_unit (
    account_id  bigint not null references account (id) on delete cascade,
    org_unit_id bigint not null references org_unit (id),
    primary key (account_id, org_unit_id)
);
create index account_org_unit_unit_ix on account_org_unit (org_unit_id);
