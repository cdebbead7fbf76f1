-- Org units: the network → countries (ISO 3166-1) → institutions/ministries → MRCs.
-- Every record in Safar belongs to one; every staff account is scoped to one or more.
create table org_unit (
    id            bigint generated always as identity primary key,
    parent_id     bigint references org_unit (id),
    kind          text   not null check (kind in ('NETWORK', 'COUNTRY', 'INSTITUTION', 'MRC')),
    code          text   not null,
    name          text   not null check (length(trim(name)) between 1 and 200),
    country_code  char(2),
    address       text,
    city          text,
    hotline       text,
    email         text,
    opening_hours text,
    languages     text[] not null default '{}',
    active        boolean not null default true,
    version       int    not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text,
    updated_at    timestamptz not null default now(),
    updated_by    text,
    constraint org_unit_parent_rule check ((kind = 'NETWORK') = (parent_id is null)),
    constraint org_unit_country_rule check ((kind = 'NETWORK') = (country_code is null))
);
create unique index org_unit_code_uk on org_unit (lower(code));
create unique index org_unit_one_network on org_unit ((true)) where kind = 'NETWORK';
create unique index org_unit_one_country on org_unit (country_code) where kind = 'COUNTRY';
create index org_unit_parent_ix on org_unit (parent_id);

-- The root every installation has; it is structure, not demo data.
insert into org_unit (kind, code, name, created_by, updated_by)
values ('NETWORK', 'NETWORK', 'Safar network', 'system', 'system');
