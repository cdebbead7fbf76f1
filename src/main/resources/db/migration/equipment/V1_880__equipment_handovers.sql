-- Equipment handed over to partner institutions. The total is computed from quantity and unit
-- value, so it can never disagree with them; a value is recorded only where it is known.
create table equipment_handover (
    id               bigint generated always as identity primary key,
    project_id       bigint not null references programme (id),
    org_unit_id      bigint not null references org_unit (id),
    kind             text   not null check (kind in ('VEHICLE', 'MOTORBIKE', 'LAPTOP', 'PPE',
                         'SCREENING_SYSTEM', 'SOLAR_EQUIPMENT', 'OTHER')),
    description      text   not null check (length(trim(description)) between 1 and 300),
    quantity         int    not null check (quantity > 0),
    unit_value       numeric(14, 2) check (unit_value is null or unit_value >= 0),
    currency         text   check (currency is null or currency ~ '^[A-Z]{3}$'),
    total_value      numeric(18, 2) generated always as (quantity * unit_value) stored,
    handed_over_on   date   not null,
    recipient        text   not null check (length(trim(recipient)) between 1 and 300),
    purpose          text,
    version          int    not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text   not null,
    updated_at       timestamptz not null default now(),
    updated_by       text   not null,
    constraint equipment_value_currency check (unit_value is null or currency is not null)
);
create index equipment_handover_unit_ix on equipment_handover (org_unit_id, handed_over_on desc, id desc);
create index equipment_handover_project_ix on equipment_handover (project_id);
