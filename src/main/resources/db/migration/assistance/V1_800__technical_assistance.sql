-- Technical assistance: actions requested by government institutions, the activities under them,
-- the roster of experts and their deployments, and the deliverables an action produces.
create table ta_action (
    id                     bigint generated always as identity primary key,
    project_id             bigint not null references programme (id),
    owner_org_unit_id      bigint not null references org_unit (id),
    title                  text   not null check (length(trim(title)) between 1 and 300),
    country_codes          text[] not null check (cardinality(country_codes) >= 1),
    requesting_institution text   not null check (length(trim(requesting_institution)) between 1 and 300),
    theme                  text   not null,
    requested_on           date   not null,
    status                 text   not null check (status in
                               ('REQUESTED', 'ACCEPTED', 'SCOPING', 'IMPLEMENTATION', 'COMPLETED')),
    start_date             date   not null,
    end_date               date,
    summary                text,
    version                int    not null default 0,
    created_at             timestamptz not null default now(),
    created_by             text   not null,
    updated_at             timestamptz not null default now(),
    updated_by             text   not null,
    constraint ta_action_dates check (end_date is null or end_date >= start_date),
    constraint ta_action_request check (requested_on <= start_date)
);
create index ta_action_owner_ix on ta_action (owner_org_unit_id, start_date desc);
create index ta_action_project_ix on ta_action (project_id);

create table ta_activity (
    id             bigint generated always as identity primary key,
    action_id      bigint not null references ta_action (id),
    kind           text   not null,
    title          text   not null check (length(trim(title)) between 1 and 300),
    start_date     date   not null,
    end_date       date   not null,
    place          text,
    host_country   text,
    women          int    check (women >= 0),
    men            int    check (men >= 0),
    other_sex      int    check (other_sex >= 0),
    pre_test_score numeric(5, 2) check (pre_test_score between 0 and 100),
    post_test_score numeric(5, 2) check (post_test_score between 0 and 100),
    notes          text,
    version        int    not null default 0,
    created_at     timestamptz not null default now(),
    created_by     text   not null,
    updated_at     timestamptz not null default now(),
    updated_by     text   not null,
    constraint ta_activity_dates check (end_date >= start_date),
    constraint ta_activity_post_needs_pre check (post_test_score is null or pre_test_score is not null)
);
create index ta_activity_action_ix on ta_activity (action_id, start_date);
create index ta_activity_start_ix on ta_activity (start_date);

create table ta_expert (
    id                bigint generated always as identity primary key,
    owner_org_unit_id bigint not null references org_unit (id),
    full_name         text   not null check (length(trim(full_name)) between 1 and 200),
    employer          text   not null check (length(trim(employer)) between 1 and 300),
    employer_kind     text   not null,
    nationality       text   not null,
    expertise         text[] not null default '{}',
    languages         text[] not null default '{}',
    email             text,
    version           int    not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text   not null,
    updated_at        timestamptz not null default now(),
    updated_by        text   not null
);
create index ta_expert_owner_ix on ta_expert (owner_org_unit_id, full_name);

-- One expert's days on one activity. Overlaps are refused by the service under a lock on the
-- expert's row, with a message naming the other activity.
create table ta_deployment (
    id          bigint generated always as identity primary key,
    activity_id bigint not null references ta_activity (id),
    expert_id   bigint not null references ta_expert (id),
    start_date  date   not null,
    end_date    date   not null,
    days_worked numeric(4, 1) not null check (days_worked > 0),
    created_at  timestamptz not null default now(),
    created_by  text   not null,
    constraint ta_deployment_dates check (end_date >= start_date),
    constraint ta_deployment_once unique (activity_id, expert_id)
);
create index ta_deployment_expert_ix on ta_deployment (expert_id, start_date);

create table ta_deliverable (
    id          bigint generated always as identity primary key,
    action_id   bigint not null references ta_action (id),
    kind        text   not null,
    title       text   not null check (length(trim(title)) between 1 and 300),
    status      text   not null check (status in ('DRAFTED', 'VALIDATED', 'ADOPTED')),
    status_date date   not null,
    version     int    not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text   not null,
    updated_at  timestamptz not null default now(),
    updated_by  text   not null
);
create index ta_deliverable_action_ix on ta_deliverable (action_id);
