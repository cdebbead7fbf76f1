-- Channel integrations (a Messenger bot, a call-centre system) post inquiries with a token that
-- belongs to one MRC. Only a hash of each token is kept.
create table intake_token (
    id         bigint generated always as identity primary key,
    mrc_id     bigint      not null references org_unit (id),
    name       text        not null check (length(trim(name)) between 1 and 120),
    token_hash text        not null unique,
    created_at timestamptz not null default now(),
    created_by text        not null,
    revoked_at timestamptz,
    revoked_by text
);
create index intake_token_mrc_ix on intake_token (mrc_id);

-- One row per Idempotency-Key and token: a retried request finds its inquiry here and no
-- duplicate is made. The row and the inquiry commit together.
create table intake_request (
    token_id        bigint      not null references intake_token (id),
    idempotency_key text        not null check (length(idempotency_key) between 1 and 200),
    request_hash    text        not null,
    inquiry_id      bigint      not null references inquiry (id),
    created_at      timestamptz not null default now(),
    primary key (token_id, idempotency_key)
);
