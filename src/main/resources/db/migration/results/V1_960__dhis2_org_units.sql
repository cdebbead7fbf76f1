-- The DHIS2 org unit (its UID) each Safar org unit reports under: an MRC, or the unit a framework
-- reports its totals under when its records name no MRC. A DHIS2 UID is 11 characters: a letter,
-- then 10 letters or digits. Kept per org unit, not per framework: an MRC is one org unit in its
-- country's DHIS2 whichever project counts its records.
create table org_unit_dhis2 (
    org_unit_id bigint      primary key references org_unit (id) on delete cascade,
    uid         text        not null check (uid ~ '^[A-Za-z][A-Za-z0-9]{10}$'),
    changed_by  text        not null,
    changed_at  timestamptz not null default now()
);
