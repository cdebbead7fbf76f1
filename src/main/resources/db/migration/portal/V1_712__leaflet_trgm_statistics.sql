-- Plan portal searches without running the trigram match at planning time. For `<%` PostgreSQL
-- estimates how many rows match by running word_similarity against the column's sampled values
-- (about 100 titles and summaries), which cost 4-8 ms of planning on every search in a language
-- without a stemmer (each search is planned with its own values), more than the search itself.
-- With no sample it takes its default estimate, and the plans stay the same: the newest texts
-- walked by date for a common word, the GIN indexes for a rare one (bench/portal.sh,
-- docs/benchmarks.md).
alter table leaflet_translation alter column search_trgm set statistics 1;
analyze leaflet_translation (search_trgm);
