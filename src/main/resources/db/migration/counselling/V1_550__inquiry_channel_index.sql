-- The inbox filtered by channel and a date range. Without this index the capped count scans the
-- table from wherever a concurrent scan happens to be; inquiries arrive in date order, so an older
-- month can be far from there (bench/lists.sh: p99 62 ms at one connection, 130 ms at four).
create index inquiry_channel_received_ix on inquiry (channel, received_at);
