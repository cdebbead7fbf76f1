-- An erasure request removes a client's identifying data at once; the record stays, so counts of
-- sessions, intentions and referrals stay right, and says when and by whom it was erased.
alter table client add column erased_at timestamptz;
alter table client add column erased_by text;
