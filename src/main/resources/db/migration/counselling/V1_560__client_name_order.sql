-- The client list sorted by name, over a million clients, reads this index in order.
create index client_name_ix on client (lower(coalesce(full_name, pseudonym)), id) where merged_into is null;
