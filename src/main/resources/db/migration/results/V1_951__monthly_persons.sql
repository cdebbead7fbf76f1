-- The persons of each past month of sessions per cell (MRC, protected, the client's sex, age band
-- and migrant status), as a serialised Roaring bitmap of client ids: unions of these give distinct
-- persons exactly over any months (org.safar.results.PersonSets). Built with the cells, in the same
-- transaction; built_month.persons says whether a month has them (client ids beyond 32 bits do not).
create table results_persons_session (
    month          date    not null,
    org_unit_id    bigint  not null,
    protected      boolean not null,
    sex            text,
    age_band       text,
    migrant_status text,
    persons        bytea   not null
);
create index results_persons_session_month_ix on results_persons_session (month);
alter table results_built_month add column persons boolean not null default false;

-- months built before this migration get their persons at the next build
insert into results_dirty_month (source, month)
select source, month from results_built_month where source = 'SESSIONS'
on conflict do nothing;
