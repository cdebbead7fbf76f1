-- Group sessions: information sessions and pre-departure orientation for many people at once.
-- Attendance is counted by sex and age band, and registered clients can be listed by name.
create table group_session (
    id             bigint generated always as identity primary key,
    mrc_id         bigint      not null references org_unit (id),
    kind           text        not null check (kind in ('INFORMATION', 'PRE_DEPARTURE')),
    held_on        date        not null,
    place          text        not null check (length(trim(place)) between 1 and 200),
    facilitator_id bigint      not null references account (id),
    notes          text,
    version        int         not null default 0,
    created_at     timestamptz not null default now(),
    created_by     text        not null,
    updated_at     timestamptz not null default now(),
    updated_by     text        not null
);
create index group_session_mrc_ix on group_session (mrc_id, held_on desc);

create table group_session_topic (
    group_session_id bigint not null references group_session (id) on delete cascade,
    topic            text   not null,
    primary key (group_session_id, topic)
);

create table group_attendance (
    group_session_id bigint not null references group_session (id) on delete cascade,
    sex              text   not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    age_band         text   not null check (age_band in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_PLUS')),
    people           int    not null check (people between 0 and 100000),
    primary key (group_session_id, sex, age_band)
);

create table group_attendee (
    group_session_id bigint not null references group_session (id) on delete cascade,
    client_id        bigint not null references client (id),
    primary key (group_session_id, client_id)
);
create index group_attendee_client_ix on group_attendee (client_id);
