-- The counselling desk: clients, inquiries from every channel, sessions, follow-ups and the
-- client's stated intention at intake and at follow-up. Every row belongs to an MRC (org unit).
create extension if not exists pg_trgm;

create table client (
    id                  bigint generated always as identity primary key,
    mrc_id              bigint      not null references org_unit (id),
    full_name           text,
    pseudonym           text,
    sex                 text        not null default 'UNKNOWN'
        check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    birth_year          int check (birth_year between 1900 and 2100),
    age_band            text check (age_band in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_PLUS')),
    phone               text,
    phone_digits        text,
    district            text,
    migrant_status      text        not null
        check (migrant_status in ('POTENTIAL', 'DEPARTING', 'ABROAD', 'RETURNED', 'FAMILY_LEFT_BEHIND')),
    destination_country char(2),
    languages           text[]      not null default '{}',
    consent_store       boolean     not null default false,
    consent_contact     boolean     not null default false,
    consent_given_on    date,
    consent_method      text check (consent_method in ('VERBAL', 'WRITTEN', 'DIGITAL')),
    version             int         not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    updated_at          timestamptz not null default now(),
    updated_by          text        not null,
    constraint client_named check (coalesce(trim(full_name), trim(pseudonym), '') <> ''),
    constraint client_consent_dated check ((consent_store or consent_contact) = (consent_given_on is not null))
);
create index client_mrc_ix on client (mrc_id, id desc);
create index client_phone_ix on client (phone_digits) where phone_digits is not null;
create index client_name_trgm_ix on client using gin (lower(coalesce(full_name, pseudonym)) gin_trgm_ops);

create table inquiry (
    id                bigint generated always as identity primary key,
    mrc_id            bigint      not null references org_unit (id),
    channel           text        not null
        check (channel in ('WALK_IN', 'HOTLINE', 'MESSENGER', 'WHATSAPP', 'EMAIL', 'PORTAL', 'OUTREACH')),
    received_at       timestamptz not null,
    language          text,
    question          text        not null check (length(trim(question)) between 1 and 10000),
    contact_name      text,
    contact_phone     text,
    contact_email     text,
    status            text        not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    assigned_to       bigint references account (id),
    first_response_at timestamptz,
    client_id         bigint references client (id),
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null
);
create index inquiry_inbox_ix on inquiry (mrc_id, status, received_at);
create index inquiry_assignee_ix on inquiry (assigned_to, status) where assigned_to is not null;

create table counselling_session (
    id               bigint generated always as identity primary key,
    client_id        bigint      not null references client (id),
    mrc_id           bigint      not null references org_unit (id),
    counsellor_id    bigint      not null references account (id),
    inquiry_id       bigint references inquiry (id),
    channel          text        not null
        check (channel in ('WALK_IN', 'HOTLINE', 'MESSENGER', 'WHATSAPP', 'EMAIL', 'PORTAL', 'OUTREACH')),
    held_on          date        not null,
    duration_minutes int         not null check (duration_minutes between 1 and 600),
    materials        text,
    notes            text,
    referral_needed  boolean     not null default false,
    next_step        text,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null
);
create index counselling_session_client_ix on counselling_session (client_id, held_on desc);
create index counselling_session_mrc_ix on counselling_session (mrc_id, held_on desc);

create table session_topic (
    session_id bigint not null references counselling_session (id) on delete cascade,
    topic      text   not null,
    primary key (session_id, topic)
);

create table follow_up (
    id            bigint generated always as identity primary key,
    client_id     bigint      not null references client (id),
    mrc_id        bigint      not null references org_unit (id),
    counsellor_id bigint      not null references account (id),
    session_id    bigint references counselling_session (id),
    due_on        date        not null,
    status        text        not null default 'DUE' check (status in ('DUE', 'DONE', 'CANCELLED')),
    done_at       timestamptz,
    reached       boolean,
    outcome       text,
    version       int         not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null
);
create index follow_up_due_ix on follow_up (counsellor_id, status, due_on);
create index follow_up_client_ix on follow_up (client_id);

-- The client's stated intention, asked at intake and again at each follow-up.
create table intention_record (
    id           bigint generated always as identity primary key,
    client_id    bigint      not null references client (id),
    mrc_id       bigint      not null references org_unit (id),
    stage        text        not null check (stage in ('INTAKE', 'FOLLOW_UP')),
    intention    text        not null check (intention in ('REGULAR', 'IRREGULAR', 'UNDECIDED', 'NOT_MIGRATING')),
    likelihood   int         not null check (likelihood between 1 and 5),
    recorded_on  date        not null,
    session_id   bigint references counselling_session (id),
    follow_up_id bigint references follow_up (id),
    created_at   timestamptz not null default now(),
    created_by   text        not null
);
create index intention_record_client_ix on intention_record (client_id, stage, recorded_on);
create index intention_record_mrc_ix on intention_record (mrc_id, stage, recorded_on);
