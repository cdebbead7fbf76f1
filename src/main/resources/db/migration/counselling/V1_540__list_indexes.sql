-- Indexes for list pages over millions of rows (bench/lists.sh): one trigram index serves the
-- client search box; the others match the sort orders of the inbox and the session list.
create index client_search_trgm_ix on client using gin (
    (lower(coalesce(full_name, '') || ' ' || coalesce(pseudonym, '') || ' ' || coalesce(phone, '') || ' '
        || coalesce(district, ''))) gin_trgm_ops);
create index client_status_ix on client (migrant_status, id desc);
create index inquiry_received_ix on inquiry (received_at desc, id desc);
create index inquiry_status_received_ix on inquiry (status, received_at, id);
drop index counselling_session_mrc_ix;
create index counselling_session_mrc_ix on counselling_session (mrc_id, held_on desc, id desc);
create index counselling_session_held_ix on counselling_session (held_on desc, id desc);
