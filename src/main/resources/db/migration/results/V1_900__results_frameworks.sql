-- Results frameworks: per project, impact -> outcomes -> outputs -> indicators. An indicator is a
-- definition (which records, which filters, how they are counted); its values are computed from
-- the records when asked (org.safar.results.IndicatorSql), so nothing here holds actual figures
-- except manual values for periods where no record exists.
create table results_framework (
    id                  bigint generated always as identity primary key,
    programme_id        bigint      not null unique references programme (id),
    -- the org units whose records count (each with its subtree); empty: the project's owner unit
    org_unit_ids        bigint[]    not null default '{}',
    starts_on           date        not null,
    ends_on             date        not null,
    -- IATI policy markers, significance 0 (not targeted) to 4 (explicit primary objective)
    gender_marker       int         not null default 0 check (gender_marker between 0 and 4),
    human_rights_marker int         not null default 0 check (human_rights_marker between 0 and 4),
    child_marker        int         not null default 0 check (child_marker between 0 and 4),
    version             int         not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    updated_at          timestamptz not null default now(),
    updated_by          text        not null,
    constraint results_framework_dates check (ends_on >= starts_on)
);

create table result_node (
    id           bigint generated always as identity primary key,
    framework_id bigint      not null references results_framework (id) on delete cascade,
    parent_id    bigint      references result_node (id) on delete cascade,
    level        text        not null check (level in ('IMPACT', 'OUTCOME', 'OUTPUT')),
    code         text        not null check (length(trim(code)) between 1 and 40),
    title        text        not null check (length(trim(title)) between 1 and 300),
    version      int         not null default 0,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    constraint result_node_root check ((level = 'IMPACT') = (parent_id is null))
);
create index result_node_framework_ix on result_node (framework_id, parent_id);

create table indicator (
    id                bigint generated always as identity primary key,
    framework_id      bigint      not null references results_framework (id) on delete cascade,
    result_id         bigint      not null references result_node (id) on delete cascade,
    code              text        not null check (length(trim(code)) between 1 and 40),
    title             text        not null check (length(trim(title)) between 1 and 300),
    source            text        not null,
    measure           text        not null check (measure in ('COUNT', 'DISTINCT', 'SUM', 'RATIO', 'CHANGE')),
    unit              text        not null check (unit in ('NUMBER', 'PERCENTAGE')),
    ascending         boolean     not null default true,
    -- filters as DIMENSION:CODE entries; several codes of one dimension mean "any of them"
    filters           text[]      not null default '{}',
    -- RATIO and CHANGE: the records counted above the line (the rest of the filters below it)
    part_filters      text[]      not null default '{}',
    -- CHANGE: the records of the first and of the second measurement
    before_filters    text[]      not null default '{}',
    after_filters     text[]      not null default '{}',
    -- RATIO and CHANGE count records (false) or distinct persons (true)
    distinct_persons  boolean     not null default false,
    dimensions        text[]      not null default '{}',
    baseline_value    numeric,
    baseline_on       date,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null
);
create unique index indicator_code_uk on indicator (framework_id, lower(code));
create index indicator_result_ix on indicator (result_id);

-- Targets and manual values are per period (a month, a quarter or a year, as first and last day).
create table indicator_target (
    indicator_id bigint      not null references indicator (id) on delete cascade,
    starts_on    date        not null,
    ends_on      date        not null,
    target       numeric     not null,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    primary key (indicator_id, starts_on, ends_on),
    check (ends_on >= starts_on)
);

create table indicator_manual_value (
    indicator_id bigint      not null references indicator (id) on delete cascade,
    starts_on    date        not null,
    ends_on      date        not null,
    value        numeric     not null,
    note         text,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    primary key (indicator_id, starts_on, ends_on),
    check (ends_on >= starts_on)
);
