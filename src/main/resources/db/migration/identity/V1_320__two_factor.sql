-- Two-factor sign-in with an authenticator app. The secret is stored encrypted by the application
-- (AES-GCM; the key is never in the database). last_used_step is the time step of the last code
-- accepted, so no code works twice. Recovery codes are kept only as SHA-256 hashes; each works once.
create table account_two_factor (
    account_id       bigint      primary key references account (id) on delete cascade,
    secret_encrypted bytea       not null,
    last_used_step   bigint      not null,
    enabled_at       timestamptz not null default now()
);

create table account_recovery_code (
    account_id bigint      not null references account_two_factor (account_id) on delete cascade,
    code_hash  text        not null check (code_hash ~ '^[0-9a-f]{64}$'),
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
