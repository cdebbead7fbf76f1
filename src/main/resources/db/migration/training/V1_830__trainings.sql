-- Trainings and capacity building: series, modules (curricula), trainings, participants, trainers.

-- A run of trainings that belong together, e.g. a monthly series for a migration service.
create table training_series (
    id           bigint generated always as identity primary key,
    org_unit_id  bigint not null references org_unit (id),
    name         text   not null check (length(trim(name)) between 1 and 200),
    description  text,
    created_at   timestamptz not null default now(),
    created_by   text   not null
);
create index training_series_unit_ix on training_series (org_unit_id);

-- A module of a curriculum; one catalogue for the whole network.
create table training_module (
    id          bigint generated always as identity primary key,
    code        text   not null check (length(trim(code)) between 1 and 40),
    title       text   not null check (length(trim(title)) between 1 and 300),
    summary     text,
    created_at  timestamptz not null default now(),
    created_by  text   not null
);
create unique index training_module_code_uk on training_module (lower(code));

create table training (
    id              bigint generated always as identity primary key,
    org_unit_id     bigint not null references org_unit (id),
    programme_id    bigint not null references programme (id),
    series_id       bigint references training_series (id),
    kind            text   not null check (kind in ('TRAINING', 'TRAINING_OF_TRAINERS')),
    title           text   not null check (length(trim(title)) between 1 and 300),
    place           text,
    starts_on       date   not null,
    ends_on         date   not null,
    -- PERSONS: one row per participant; COUNTS: only head counts by sex are kept
    participation   text   not null check (participation in ('PERSONS', 'COUNTS')),
    female_count    int    not null default 0 check (female_count >= 0),
    male_count      int    not null default 0 check (male_count >= 0),
    other_count     int    not null default 0 check (other_count >= 0),
    notes           text,
    version         int    not null default 0,
    created_at      timestamptz not null default now(),
    created_by      text   not null,
    updated_at      timestamptz not null default now(),
    updated_by      text   not null,
    constraint training_dates check (ends_on >= starts_on),
    constraint training_counts_only_for_counts
        check (participation = 'COUNTS' or (female_count = 0 and male_count = 0 and other_count = 0))
);
create index training_list_ix on training (org_unit_id, starts_on desc, id desc);
create index training_programme_ix on training (programme_id);
create index training_series_ix on training (series_id);

create table training_covers (
    training_id bigint not null references training (id) on delete cascade,
    module_id   bigint not null references training_module (id),
    primary key (training_id, module_id)
);

create table training_participant (
    id           bigint generated always as identity primary key,
    training_id  bigint  not null references training (id) on delete cascade,
    full_name    text    not null check (length(trim(full_name)) between 1 and 200),
    institution  text,
    sex          text    not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    position     text,
    pre_score    numeric(5, 2) check (pre_score between 0 and 100),
    post_score   numeric(5, 2) check (post_score between 0 and 100),
    constraint participant_post_needs_pre check (post_score is null or pre_score is not null)
);
create index training_participant_training_ix on training_participant (training_id, lower(full_name));

-- Trainees of a training of trainers who deliver a later training: the cascade.
create table training_trainer (
    training_id     bigint not null references training (id) on delete cascade,
    participant_id  bigint not null references training_participant (id) on delete cascade,
    primary key (training_id, participant_id)
);
create index training_trainer_participant_ix on training_trainer (participant_id);
