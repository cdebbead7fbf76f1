-- Search and browse the newest published texts first without reading every match. Each
-- translation carries its leaflet's publication time while the leaflet is published (null
-- otherwise), kept by triggers, so "published, in this language, newest first" is one partial
-- index: a common word walks it and stops after the newest few hundred matches, a rare word still
-- goes through the GIN index. (Measured in bench/portal.sh: see docs/benchmarks.md.)
alter table leaflet_translation add column public_at timestamptz;

update leaflet_translation t
   set public_at = l.published_at
  from leaflet l
 where l.id = t.leaflet_id and l.status = 'PUBLISHED';

create function leaflet_public_at() returns trigger language plpgsql as $$
begin
    update leaflet_translation
       set public_at = case when new.status = 'PUBLISHED' then new.published_at end
     where leaflet_id = new.id
       and public_at is distinct from (case when new.status = 'PUBLISHED' then new.published_at end);
    return null;
end $$;

create trigger leaflet_public_at after insert or update of status, published_at on leaflet
    for each row execute function leaflet_public_at();

create function leaflet_translation_public_at() returns trigger language plpgsql as $$
begin
    select case when l.status = 'PUBLISHED' then l.published_at end
      into new.public_at
      from leaflet l where l.id = new.leaflet_id;
    return new;
end $$;

create trigger leaflet_translation_public_at before insert on leaflet_translation
    for each row execute function leaflet_translation_public_at();

create index leaflet_translation_public_ix on leaflet_translation (language, public_at desc, leaflet_id desc)
    where public_at is not null;
create index leaflet_translation_public_all_ix on leaflet_translation (public_at desc, leaflet_id desc)
    where public_at is not null;
