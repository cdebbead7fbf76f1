-- The registry of licensed recruitment agencies, per country, as the official lists say.
-- Name search is by trigram similarity on a normalised name (pg_trgm ships with PostgreSQL).
create extension if not exists pg_trgm;

-- One official list as it was imported: where it came from and what it changed.
create table agency_list (
  id bigserial primary key,
  country_code char(2) not null,
  source text not null,
  list_date date not null,
  file_name text,
  added int not null,
  changed int not null,
  removed int not null,
  imported_at timestamptz not null default now(),
  imported_by text not null
);
create index agency_list_country on agency_list (country_code, list_date desc, id desc);

create table agency (
  id bigserial primary key,
  country_code char(2) not null,
  licence_number text not null,
  -- upper-case letters and digits only, so "RL-0123" and "rl 0123" are the same licence
  licence_key text not null,
  name text not null,
  name_key text not null,
  address text,
  status text not null
    check (status in ('VALID', 'SUSPENDED', 'CANCELLED', 'BANNED', 'NOT_LISTED')),
  valid_from date,
  valid_until date,
  list_id bigint references agency_list (id),
  version int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (country_code, licence_key)
);
create index agency_name_trgm on agency using gin (name_key gin_trgm_ops);
create index agency_licence_key on agency (licence_key);
create index agency_country_name on agency (country_code, name_key, id);

-- Every status an agency has had, with the list that said so.
create table agency_status_change (
  id bigserial primary key,
  agency_id bigint not null references agency (id),
  status text not null,
  previous_status text,
  effective_on date not null,
  list_id bigint references agency_list (id),
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index agency_status_change_agency on agency_status_change (agency_id, id);

-- An uploaded list waiting for its preview to be confirmed: the file itself, kept server-side,
-- owned by the person who uploaded it, and forgotten after a day.
create table agency_import (
  id uuid primary key,
  owner text not null,
  country_code char(2) not null,
  source text not null,
  list_date date not null,
  file_name text not null,
  content bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index agency_import_expiry on agency_import (expires_at);
