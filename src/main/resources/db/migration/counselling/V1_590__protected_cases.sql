-- A protected case: a client who is a trafficking or SGBV survivor or an unaccompanied or
-- separated minor. Who the person is (name, phone, district, notes) is shown only to the case's
-- caseworker and supervisor. Handing the case to someone else waits for that person's acceptance:
-- until then the offer sits in offered_to, and the one who holds the role keeps it.
create table protected_case (
    client_id     bigint      primary key references client (id),
    reason        text        not null
        check (reason in ('TRAFFICKING', 'SGBV', 'UNACCOMPANIED_MINOR')),
    caseworker_id bigint      references account (id),
    supervisor_id bigint      references account (id),
    status        text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_on     date,
    anonymised_at timestamptz,
    offered_to    bigint      references account (id),
    offered_role  text        check (offered_role in ('CASEWORKER', 'SUPERVISOR')),
    offered_by    text,
    offered_at    timestamptz,
    version       int         not null default 0,
    marked_at     timestamptz not null default now(),
    marked_by     text        not null,
    updated_at    timestamptz not null default now(),
    updated_by    text        not null,
    constraint protected_case_closed check ((status = 'CLOSED') = (closed_on is not null)),
    constraint protected_case_offer check ((offered_to is null) = (offered_role is null)),
    constraint protected_case_held check (caseworker_id is not null or offered_role = 'CASEWORKER')
);
create index protected_case_caseworker_ix on protected_case (caseworker_id);
create index protected_case_supervisor_ix on protected_case (supervisor_id);
create index protected_case_offered_ix on protected_case (offered_to) where offered_to is not null;
create index protected_case_closed_ix on protected_case (closed_on)
    where status = 'CLOSED' and anonymised_at is null;
