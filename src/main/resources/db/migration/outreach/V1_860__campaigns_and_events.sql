-- Outreach and awareness: campaigns and the events held under them or on their own. Attendance is
-- counted by sex and age band (persons); reach is a count of non-unique contacts of media and
-- social-media work, kept in its own column so that no query can add it to persons by accident.
create table outreach_campaign (
    id            bigint generated always as identity primary key,
    project_id    bigint not null references programme (id),
    org_unit_id   bigint not null references org_unit (id),
    title         text   not null check (length(trim(title)) between 1 and 200),
    objective     text,
    audiences     text[] not null default '{}',
    channels      text[] not null default '{}',
    starts_on     date   not null,
    ends_on       date,
    materials     text,
    version       int    not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text   not null,
    updated_at    timestamptz not null default now(),
    updated_by    text   not null,
    constraint outreach_campaign_dates check (ends_on is null or ends_on >= starts_on)
);
create index outreach_campaign_unit_ix on outreach_campaign (org_unit_id, starts_on desc);
create index outreach_campaign_project_ix on outreach_campaign (project_id);

create table outreach_event (
    id            bigint generated always as identity primary key,
    campaign_id   bigint references outreach_campaign (id),
    project_id    bigint not null references programme (id),
    org_unit_id   bigint not null references org_unit (id),
    kind          text   not null check (kind in ('COMMUNITY_MEETING', 'RELIGIOUS_LEADERS_WORKSHOP',
                      'COURTYARD_MEETING', 'SCHOOL_SESSION', 'MEDIA_PROGRAMME', 'SOCIAL_MEDIA_POST',
                      'SPORTS_CULTURAL_EVENT')),
    held_on       date   not null,
    place         text   not null check (length(trim(place)) between 1 and 200),
    reach         bigint not null default 0 check (reach >= 0),
    notes         text,
    version       int    not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text   not null,
    updated_at    timestamptz not null default now(),
    updated_by    text   not null
);
create index outreach_event_unit_ix on outreach_event (org_unit_id, held_on desc, id desc);
create index outreach_event_campaign_ix on outreach_event (campaign_id);
create index outreach_event_project_ix on outreach_event (project_id);

-- People who attended, one row per sex and age band that had anyone.
create table outreach_attendance (
    event_id  bigint not null references outreach_event (id) on delete cascade,
    sex       text   not null check (sex in ('FEMALE', 'MALE', 'OTHER')),
    age_band  text   not null check (age_band in ('UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49',
                  'AGE_50_PLUS')),
    people    int    not null check (people > 0),
    primary key (event_id, sex, age_band)
);
