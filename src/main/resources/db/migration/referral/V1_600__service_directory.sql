-- The service directory: organisations people can be referred to, what they offer and where.
create table service_provider (
    id                bigserial primary key,
    org_unit_id       bigint      not null references org_unit (id),
    name              text        not null check (length(trim(name)) between 1 and 200),
    kind              text        not null check (kind in ('GOVERNMENT', 'NGO', 'INTERNATIONAL', 'PRIVATE',
                                                           'COMMUNITY')),
    services          text[]      not null check (cardinality(services) >= 1 and services <@ array[
                                      'LEGAL_AID', 'SOCIAL', 'PSYCHOSOCIAL', 'MEDICAL', 'SHELTER', 'EMPLOYMENT',
                                      'VOCATIONAL_TRAINING', 'FINANCIAL_LITERACY', 'BIRTH_REGISTRATION']::text[]),
    countries         text[]      not null check (cardinality(countries) >= 1),
    districts         text[]      not null default '{}',
    languages         text[]      not null default '{}',
    address           text,
    phone             text,
    email             text,
    opening_hours     text,
    -- set when the provider works in Safar: its staff accounts are scoped to this unit
    safar_org_unit_id bigint      references org_unit (id),
    active            boolean     not null default true,
    version           int         not null default 0,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null
);

create index service_provider_services_ix on service_provider using gin (services);
create index service_provider_countries_ix on service_provider using gin (countries);
create index service_provider_name_ix on service_provider (lower(name), id);
