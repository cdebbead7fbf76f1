-- The public portal's leaflet and guide library, and the public profile of each MRC.
-- pg_trgm is a contrib extension shipped with PostgreSQL (the embedded zonky build has it); it
-- matches words by trigrams in the languages PostgreSQL has no stemmer for.
create extension if not exists pg_trgm;

create table leaflet (
    id                bigint generated always as identity primary key,
    owner_org_unit_id bigint      not null references org_unit (id),
    -- the language the leaflet is written in; the others are translated from it
    source_language   text        not null
        check (source_language in ('en', 'ru', 'tg', 'fa-AF', 'ps', 'ur', 'bn', 'ar')),
    topics            text[]      not null default '{}',
    destinations      text[]      not null default '{}',
    audiences         text[]      not null default '{}',
    review_on         date,
    status            text        not null default 'DRAFT'
        check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    status_at         timestamptz not null default now(),
    status_by         text        not null,
    published_at      timestamptz,
    published_by      text,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null
);
create index leaflet_status_ix on leaflet (status, published_at desc);
create index leaflet_topics_ix on leaflet using gin (topics);
create index leaflet_destinations_ix on leaflet using gin (destinations);
create index leaflet_audiences_ix on leaflet using gin (audiences);
create index leaflet_owner_ix on leaflet (owner_org_unit_id, updated_at desc);

create table leaflet_translation (
    leaflet_id      bigint      not null references leaflet (id) on delete cascade,
    language        text        not null
        check (language in ('en', 'ru', 'tg', 'fa-AF', 'ps', 'ur', 'bn', 'ar')),
    title           text        not null check (length(trim(title)) between 1 and 200),
    summary         text        not null check (length(trim(summary)) between 1 and 600),
    body_markdown   text        not null check (length(body_markdown) between 1 and 60000),
    -- rendered and sanitised when saved, so a page view does no Markdown work
    body_html       text        not null,
    -- the body as plain text, for search
    body_text       text        not null,
    -- the text-search configuration for the language: a stemmer where PostgreSQL has one
    ts_config       regconfig   not null,
    -- counts changes of the text; a translation remembers the source's revision it was made from
    revision        int         not null default 1,
    source_revision int         not null default 1,
    search          tsvector generated always as (
        setweight(to_tsvector(ts_config, title), 'A')
            || setweight(to_tsvector(ts_config, summary), 'B')
            || to_tsvector(ts_config, body_text)) stored,
    -- title and summary in lower case, for trigram matching in scripts without a stemmer
    search_trgm     text generated always as (lower(title || ' ' || summary)) stored,
    version         int         not null default 0,
    created_at      timestamptz not null default now(),
    created_by      text        not null,
    updated_at      timestamptz not null default now(),
    updated_by      text        not null,
    primary key (leaflet_id, language)
);
create index leaflet_translation_search_ix on leaflet_translation using gin (search);
create index leaflet_translation_trgm_ix on leaflet_translation using gin (search_trgm gin_trgm_ops);
create index leaflet_translation_language_ix on leaflet_translation (language, leaflet_id);

-- an optional PDF of the leaflet (a printed version), at most 5 MB
create table leaflet_pdf (
    leaflet_id  bigint      primary key references leaflet (id) on delete cascade,
    file_name   text        not null,
    size_bytes  int         not null check (size_bytes between 1 and 5242880),
    content     bytea       not null,
    uploaded_at timestamptz not null default now(),
    uploaded_by text        not null
);

-- what the portal shows of an MRC besides the org unit's own address, hours and hotline
create table mrc_public_profile (
    org_unit_id bigint      primary key references org_unit (id),
    latitude    numeric(8, 5) check (latitude between -90 and 90),
    longitude   numeric(8, 5) check (longitude between -180 and 180),
    directions  text check (length(directions) <= 500),
    listed      boolean     not null default true,
    version     int         not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null
);
