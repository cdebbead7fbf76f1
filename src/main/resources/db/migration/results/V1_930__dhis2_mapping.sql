-- An indicator reported to a national DHIS2: its data element (a DHIS2 code) and, optionally, one
-- org unit to report everything under (otherwise each MRC reports under its own code).
create table indicator_dhis2_mapping (
    indicator_id  bigint      primary key references indicator (id) on delete cascade,
    data_element  text        not null check (length(trim(data_element)) between 1 and 100),
    org_unit_ref  text        check (org_unit_ref is null or length(trim(org_unit_ref)) between 1 and 100),
    changed_by    text        not null,
    changed_at    timestamptz not null default now()
);
