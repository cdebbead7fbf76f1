-- Staff edit an MRC's public profile: an optional map link of their own (only https), shown on
-- the portal instead of the OpenStreetMap link worked out from the coordinates.
alter table mrc_public_profile
  add column map_link text
    check (map_link is null or (map_link like 'https://%' and length(map_link) <= 500));
