-- Who did what, when: written by every module for changes and sensitive reads.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text,
    details      text
);
create index audit_event_occurred_ix on audit_event (occurred_at desc);
create index audit_event_subject_ix on audit_event (subject_type, subject_id);
