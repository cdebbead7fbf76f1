-- Data for bench/results.sh: 10,000,000 person-level records over the seven demo MRCs and five
-- years: 8,000,000 individual sessions of 2,000,000 clients and 2,000,000 group-attendance rows
-- (200,000 group sessions, ten sex-by-age cells each). Made up; spread by hashes so that sex, age,
-- MRC and date do not line up. Then one demo-style project with a results framework over the whole
-- network and five indicators (the report bench/results.sh measures).
\set ON_ERROR_STOP on
create temporary table mrcs as select array_agg(id order by id) ids from org_unit where kind = 'MRC';
create temporary table staff as select min(id) id from account;

insert into client (mrc_id, pseudonym, sex, age_band, migrant_status, created_by, updated_by)
select m.ids[1 + n % array_length(m.ids, 1)], 'Bench ' || n,
       (array['FEMALE','MALE','FEMALE','MALE','OTHER','UNKNOWN'])[1 + abs(hashtext('s' || n)) % 6],
       (array['UNDER_18','AGE_18_24','AGE_25_34','AGE_35_49','AGE_50_PLUS'])[1 + abs(hashtext('a' || n)) % 5],
       (array['POTENTIAL','DEPARTING','ABROAD','RETURNED','FAMILY_LEFT_BEHIND'])[1 + n % 5], 'bench', 'bench'
from generate_series(0, 1999999) n, mrcs m;

create temporary table first_client as select min(id) id from client where created_by = 'bench';

-- four sessions per client on average, over the last five years (1,826 days)
insert into counselling_session (client_id, mrc_id, counsellor_id, channel, held_on, duration_minutes,
                                 topics, created_by, updated_by)
select f.id + k, m.ids[1 + k % array_length(m.ids, 1)], s.id,
       (array['WALK_IN','HOTLINE','MESSENGER','WHATSAPP','EMAIL','PORTAL','OUTREACH'])[1 + g % 7],
       current_date - (abs(hashtext('d' || g)) % 1826), 15 + g % 60, array['VISAS'], 'bench', 'bench'
from generate_series(0, 7999999) g
cross join lateral (select abs(hashtext('c' || g)) % 2000000 as k) c
cross join mrcs m cross join staff s cross join first_client f;
-- a desk enters sessions on the day they are held, so the table lies in date order: as here
cluster counselling_session using counselling_session_held_ix;
analyze counselling_session;

insert into group_session (mrc_id, kind, held_on, place, facilitator_id, created_by, updated_by)
select m.ids[1 + g % array_length(m.ids, 1)], (array['INFORMATION','PRE_DEPARTURE'])[1 + g % 2],
       current_date - (abs(hashtext('g' || g)) % 1826), 'Bench hall ' || g % 50, s.id, 'bench', 'bench'
from generate_series(0, 199999) g, mrcs m, staff s;

insert into group_attendance (group_session_id, sex, age_band, people)
select g.id, x.sex, x.age_band, 1 + abs(hashtext(g.id || x.sex || x.age_band)) % 12
from group_session g
cross join (select sex, age_band from unnest(array['FEMALE','MALE']) sex,
            unnest(array['UNDER_18','AGE_18_24','AGE_25_34','AGE_35_49','AGE_50_PLUS']) age_band) x
where g.created_by = 'bench';

-- the project and its framework: five years, every MRC (the network's subtree)
insert into programme (parent_id, level, code, title, owner_org_unit_id, start_date, end_date, created_by, updated_by)
select p.id, 'PROJECT', 'BENCH-RESULTS', 'Bench project', n.id, current_date - 1826, current_date, 'bench', 'bench'
from programme p, org_unit n where p.code = 'MIGRATION-MPTF' and n.kind = 'NETWORK';
insert into results_framework (programme_id, org_unit_ids, starts_on, ends_on, created_by, updated_by)
select p.id, array[p.owner_org_unit_id], p.start_date, p.end_date, 'bench', 'bench' from programme p where code = 'BENCH-RESULTS';
insert into result_node (framework_id, level, code, title, created_by)
select id, 'IMPACT', '1', 'Safer migration', 'bench' from results_framework f
where programme_id = (select id from programme where code = 'BENCH-RESULTS');
insert into indicator (framework_id, result_id, code, title, source, measure, unit, part_filters, dimensions, created_by, updated_by)
select r.framework_id, r.id, i.code, i.title, i.source, i.measure, i.unit, i.part, '{SEX,AGE_BAND,MRC,QUARTER}', 'bench', 'bench'
from result_node r
cross join (values ('B1', 'Sessions held', 'SESSIONS', 'COUNT', 'NUMBER', '{}'::text[]),
                   ('B2', 'People counselled (unique clients)', 'SESSIONS', 'DISTINCT', 'NUMBER', '{}'),
                   ('B3', 'Counselling minutes', 'SESSIONS', 'SUM', 'NUMBER', '{}'),
                   ('B4', 'Share of sessions with women', 'SESSIONS', 'RATIO', 'PERCENTAGE', '{SEX:FEMALE}'),
                   ('B5', 'People at group sessions', 'GROUP_ATTENDANCE', 'COUNT', 'NUMBER', '{}'))
     as i (code, title, source, measure, unit, part)
where r.framework_id = (select f.id from results_framework f join programme p on p.id = f.programme_id
                        where p.code = 'BENCH-RESULTS');

vacuum analyze;  -- the steady state autovacuum keeps
