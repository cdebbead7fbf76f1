-- Data for bench/records-csv.sh: 250,000 clients and 1,000,000 individual sessions over the seven
-- demo MRCs and the last five years (1,826 days), spread by hashes as bench/results-data.sql does;
-- 250 of the clients (0.1 %) are protected cases, so the export has rows to withhold. Then a
-- project whose framework covers the whole network and those five years, with one indicator:
-- sessions held (COUNT), the records behind which bench/records-csv.sh downloads.
\set ON_ERROR_STOP on
begin; -- all or nothing, so a rerun with a kept folder never loads twice
create temporary table mrcs as select array_agg(id order by id) ids from org_unit where kind = 'MRC';
create temporary table staff as select min(id) id from account;

insert into client (mrc_id, pseudonym, sex, age_band, migrant_status, created_by, updated_by)
select m.ids[1 + n % array_length(m.ids, 1)], 'Bench ' || n,
       (array['FEMALE','MALE','FEMALE','MALE','OTHER','UNKNOWN'])[1 + abs(hashtext('s' || n)) % 6],
       (array['UNDER_18','AGE_18_24','AGE_25_34','AGE_35_49','AGE_50_PLUS'])[1 + abs(hashtext('a' || n)) % 5],
       (array['POTENTIAL','DEPARTING','ABROAD','RETURNED','FAMILY_LEFT_BEHIND'])[1 + n % 5], 'bench', 'bench'
from generate_series(0, 249999) n, mrcs m;

create temporary table first_client as select min(id) id from client where created_by = 'bench';

-- four sessions per client on average; a session is held at its client's MRC
insert into counselling_session (client_id, mrc_id, counsellor_id, channel, held_on, duration_minutes,
                                 topics, created_by, updated_by)
select f.id + k, m.ids[1 + k % array_length(m.ids, 1)], s.id,
       (array['WALK_IN','HOTLINE','MESSENGER','WHATSAPP','EMAIL','PORTAL','OUTREACH'])[1 + g % 7],
       current_date - (abs(hashtext('d' || g)) % 1826), 15 + g % 60,
       case g % 3 when 0 then array['VISAS'] when 1 then array['VISAS','CONTRACTS']
                  else array['RECRUITMENT_COSTS','TRAVEL','HEALTH'] end,
       'bench', 'bench'
from generate_series(0, 999999) g
cross join lateral (select abs(hashtext('c' || g)) % 250000 as k) c
cross join mrcs m cross join staff s cross join first_client f;

insert into protected_case (client_id, reason, marked_by, updated_by)
select f.id + k * 1000, 'TRAFFICKING', 'bench', 'bench' from generate_series(0, 249) k, first_client f;

insert into programme (parent_id, level, code, title, owner_org_unit_id, start_date, end_date, created_by, updated_by)
select p.id, 'PROJECT', 'BENCH-RECORDS', 'Bench records project', n.id, current_date - 1826, current_date, 'bench', 'bench'
from programme p, org_unit n where p.code = 'MIGRATION-MPTF' and n.kind = 'NETWORK';
insert into results_framework (programme_id, org_unit_ids, starts_on, ends_on, created_by, updated_by)
select p.id, array[p.owner_org_unit_id], p.start_date, p.end_date, 'bench', 'bench' from programme p where code = 'BENCH-RECORDS';
insert into result_node (framework_id, level, code, title, created_by)
select f.id, 'IMPACT', '1', 'Safer migration', 'bench' from results_framework f
where programme_id = (select id from programme where code = 'BENCH-RECORDS');
insert into indicator (framework_id, result_id, code, title, source, measure, unit, part_filters, dimensions, created_by, updated_by)
select r.framework_id, r.id, 'R1', 'Sessions held', 'SESSIONS', 'COUNT', 'NUMBER', '{}', '{SEX,AGE_BAND,MRC,QUARTER}', 'bench', 'bench'
from result_node r
where r.framework_id = (select f.id from results_framework f join programme p on p.id = f.programme_id
                        where p.code = 'BENCH-RECORDS');

commit;

vacuum analyze;  -- the steady state autovacuum keeps
