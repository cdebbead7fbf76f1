-- Follow-up survey files (KoboToolbox, ODK Central CSV exports) waiting for their preview to be
-- confirmed: kept server-side, owned by the uploader (username), for a day.
create table follow_up_upload (
    id         uuid primary key,
    owner      text        not null,
    file_name  text        not null,
    content    bytea       not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index follow_up_upload_expiry_ix on follow_up_upload (expires_at);

-- Each survey submission imported once (its _uuid, meta-instanceID or KEY, without "uuid:"): a file
-- imported again skips the submissions it brought before.
create table follow_up_submission (
    submission_id text        primary key,
    follow_up_id  bigint      not null references follow_up (id),
    file_name     text        not null,
    imported_at   timestamptz not null default now(),
    imported_by   text        not null
);
create index follow_up_submission_follow_up_ix on follow_up_submission (follow_up_id);
