-- The portfolio: programmes, the projects under them and their components.
create table programme (
    id                bigint generated always as identity primary key,
    parent_id         bigint references programme (id),
    level             text   not null check (level in ('PROGRAMME', 'PROJECT', 'COMPONENT')),
    code              text   not null,
    title             text   not null check (length(trim(title)) between 1 and 300),
    summary           text,
    donors            text[] not null default '{}',
    implementers      text[] not null default '{}',
    country_codes     text[] not null default '{}',
    start_date        date,
    end_date          date,
    owner_org_unit_id bigint not null references org_unit (id),
    version           int    not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text   not null,
    updated_at        timestamptz not null default now(),
    updated_by        text   not null,
    constraint programme_dates check (end_date is null or start_date is null or end_date >= start_date),
    constraint programme_parent_rule check ((level = 'PROGRAMME') = (parent_id is null))
);
create unique index programme_code_uk on programme (lower(code));
create index programme_parent_ix on programme (parent_id);
