-- Rank search matches on the title and summary only. Matching still uses the whole text
-- (`search`), but ts_rank over a 260-word body vector for each of the ranked candidates was most
-- of a search's time (bench/portal.sh); a short vector of the two fields that say what a leaflet
-- is about ranks a title hit first at a fraction of the cost.
alter table leaflet_translation add column rank_head tsvector generated always as (
    setweight(to_tsvector(ts_config, title), 'A')
        || setweight(to_tsvector(ts_config, summary), 'B')) stored;
