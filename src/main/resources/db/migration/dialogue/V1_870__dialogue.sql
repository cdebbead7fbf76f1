-- Dialogue: meetings (thematic, regional working groups, ministerial conferences, ad hoc) with
-- participants counted per country and organisation type, and knowledge products.
create table dialogue_meeting (
    id            bigint generated always as identity primary key,
    project_id    bigint not null references programme (id),
    org_unit_id   bigint not null references org_unit (id),
    kind          text   not null check (kind in ('THEMATIC', 'REGIONAL_WORKING_GROUP',
                      'MINISTERIAL_CONFERENCE', 'AD_HOC')),
    title         text   not null check (length(trim(title)) between 1 and 300),
    held_on       date   not null,
    place         text,
    notes         text,
    version       int    not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text   not null,
    updated_at    timestamptz not null default now(),
    updated_by    text   not null
);
create index dialogue_meeting_unit_ix on dialogue_meeting (org_unit_id, held_on desc, id desc);
create index dialogue_meeting_project_ix on dialogue_meeting (project_id);

create table dialogue_participation (
    meeting_id        bigint not null references dialogue_meeting (id) on delete cascade,
    country_code      text   not null check (country_code ~ '^[A-Z]{2}$'),
    organisation_type text   not null check (organisation_type in ('GOVERNMENT',
                          'INTERNATIONAL_ORGANISATION', 'CIVIL_SOCIETY', 'ACADEMIA',
                          'PRIVATE_SECTOR', 'DONOR')),
    people            int    not null check (people > 0),
    primary key (meeting_id, country_code, organisation_type)
);

create table knowledge_product (
    id            bigint generated always as identity primary key,
    project_id    bigint not null references programme (id),
    org_unit_id   bigint not null references org_unit (id),
    kind          text   not null check (kind in ('REPORT', 'POLICY_BRIEF', 'STUDY', 'TOOLKIT',
                      'GUIDELINE', 'OTHER')),
    title         text   not null check (length(trim(title)) between 1 and 300),
    published_on  date   not null,
    link          text   check (link is null or link ~ '^https?://'),
    note          text,
    version       int    not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text   not null,
    updated_at    timestamptz not null default now(),
    updated_by    text   not null
);
create index knowledge_product_unit_ix on knowledge_product (org_unit_id, published_on desc, id desc);
create index knowledge_product_project_ix on knowledge_product (project_id);
