-- A duplicate client merged into the record kept: its rows move there, and the duplicate stays as
-- a tombstone that points at the kept record (old links still lead somewhere, and the merge can be
-- traced).
alter table client add column merged_into bigint references client (id);
alter table client add column merged_at timestamptz;
alter table client add column merged_by text;
create index client_merged_into_ix on client (merged_into) where merged_into is not null;
