-- A session's topics move from the session_topic table into the session row. Filtering a list by
-- topic then checks a column of the row instead of probing another index once per session: the
-- session list filtered by topic, channel and month over 3,000,000 sessions needed about 7,000 probes
-- for its count (p99 108 ms with four users at once); now it reads the rows it reads anyway.
alter table counselling_session add column topics text[] not null default '{}';

update counselling_session s
set topics = t.topics
from (select session_id, array_agg(topic order by topic) as topics from session_topic group by session_id) t
where t.session_id = s.id;

alter table counselling_session alter column topics drop default;
alter table counselling_session add constraint counselling_session_topics_check check (
    cardinality(topics) >= 1
    and topics <@ array['LEGAL_PATHWAYS', 'VISAS', 'RECRUITMENT_COSTS', 'CONTRACTS', 'TRAVEL',
                        'OCCUPATIONAL_SAFETY', 'IRREGULAR_MIGRATION', 'TRAFFICKING_SMUGGLING', 'ASYLUM',
                        'RETURN_REINTEGRATION', 'REMITTANCES_FINANCE', 'HEALTH']::text[]);

drop table session_topic;

-- Channel and a date range. No GIN index on topics: a topic is on about one session in twelve, so
-- a capped count finds its first thousand by reading a few thousand rows, while the planner would
-- AND a 250,000-entry GIN bitmap into every topic filter (33 ms instead of 6 ms, bench/lists.sh).
create index counselling_session_channel_ix on counselling_session (channel, held_on);
