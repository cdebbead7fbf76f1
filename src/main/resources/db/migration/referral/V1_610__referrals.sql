-- Consent to share a client's details with kinds of provider, and referrals to providers.

create table sharing_consent (
    id            bigserial primary key,
    client_id     bigint      not null references client (id),
    -- the kinds of service the client agreed their details may be shared for
    services      text[]      not null check (cardinality(services) >= 1 and services <@ array[
                                  'LEGAL_AID', 'SOCIAL', 'PSYCHOSOCIAL', 'MEDICAL', 'SHELTER', 'EMPLOYMENT',
                                  'VOCATIONAL_TRAINING', 'FINANCIAL_LITERACY', 'BIRTH_REGISTRATION']::text[]),
    -- what may be shared besides the reason for referral
    share_name    boolean     not null,
    share_phone   boolean     not null,
    share_details boolean     not null,
    given_on      date        not null,
    expires_on    date        not null check (expires_on > given_on),
    method        text        not null check (method in ('VERBAL', 'WRITTEN', 'DIGITAL')),
    withdrawn_on  date,
    created_at    timestamptz not null default now(),
    created_by    text        not null
);
create index sharing_consent_client_ix on sharing_consent (client_id);

create table referral (
    id               bigserial primary key,
    client_id        bigint      not null references client (id),
    mrc_id           bigint      not null references org_unit (id),
    provider_id      bigint      not null references service_provider (id),
    service          text        not null check (service in ('LEGAL_AID', 'SOCIAL', 'PSYCHOSOCIAL', 'MEDICAL',
                                     'SHELTER', 'EMPLOYMENT', 'VOCATIONAL_TRAINING', 'FINANCIAL_LITERACY',
                                     'BIRTH_REGISTRATION')),
    reason           text        not null check (length(trim(reason)) between 1 and 2000),
    urgent           boolean     not null default false,
    status           text        not null default 'DRAFT' check (status in ('DRAFT', 'SENT', 'ACCEPTED',
                                     'REJECTED', 'DONE', 'REVOKED')),
    consent_id       bigint      references sharing_consent (id),
    consent_override text,
    -- what the provider was given, fixed when the referral was sent: only what the consent allowed
    shared_name      text,
    shared_phone     text,
    shared_details   text,
    -- provider, service and reason when it was rejected: sending it again needs a change
    rejected_as      text,
    rejection_reason text,
    outcome          text        check (outcome in ('SUCCESSFUL', 'UNSUCCESSFUL')),
    outcome_reason   text        check (outcome_reason in ('CLIENT_REFUSED', 'NO_CAPACITY',
                                     'UNABLE_TO_CONTACT', 'NO_LONGER_NEEDED')),
    outcome_note     text,
    referred_by      bigint      not null,
    sent_at          timestamptz,
    answered_at      timestamptz,
    closed_at        timestamptz,
    version          int         not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null,
    -- a referral sent without consent says why
    check (consent_id is not null or consent_override is not null or status = 'DRAFT'
           or sent_at is null)
);
-- the referring side's list, newest first; the provider's inbox, last sent first; the client's page
create index referral_mrc_ix on referral (mrc_id, created_at desc, id desc);
create index referral_provider_ix on referral (provider_id, sent_at desc nulls last, id desc);
create index referral_client_ix on referral (client_id);
-- referrals waiting for an answer, longest first (the overdue list), across MRCs and for one
create index referral_waiting_ix on referral (sent_at, id) where status = 'SENT';
create index referral_mrc_waiting_ix on referral (mrc_id, sent_at, id) where status = 'SENT';
