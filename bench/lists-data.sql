-- Data for bench/lists.sh: 1,000,000 clients, 3,000,000 sessions (with topics), 1,000,000
-- inquiries and 500,000 referrals to the demo's eight providers, spread over the seven demo MRCs. Made up; names and numbers are generated. Topics are
-- spread by a hash of the session id so they do not line up with dates (as real data would not).
\set ON_ERROR_STOP on
create temporary table mrcs as select array_agg(id order by id) ids from org_unit where kind = 'MRC';
create temporary table staff as select min(id) id from account;

insert into client (mrc_id, full_name, sex, birth_year, phone, phone_digits, district, migrant_status,
                    destination_country, created_by, updated_by)
select m.ids[1 + n % array_length(m.ids, 1)],
       'Bench ' || (array['Akter','Hossain','Rahman','Begum','Ahmadi','Karimi','Qureshi','Khan','Saidova','Nazarov'])[1 + n % 10]
         || ' ' || n,
       (array['FEMALE','MALE'])[1 + n % 2], 1960 + n % 45,
       '+8801' || lpad((n::bigint * 7919 % 1000000000)::text, 9, '0'), lpad((n::bigint * 7919 % 1000000000)::text, 9, '0'),
       'District ' || n % 64,
       (array['POTENTIAL','DEPARTING','ABROAD','RETURNED','FAMILY_LEFT_BEHIND'])[1 + n % 5],
       (array['SA','AE','MY','QA','RU'])[1 + n % 5], 'bench', 'bench'
from generate_series(1, 1000000) n, mrcs m;

create temporary table first_client as select min(id) id from client where created_by = 'bench';

insert into counselling_session (client_id, mrc_id, counsellor_id, channel, held_on, duration_minutes,
                                 topics, created_by, updated_by)
select f.id + (g % 1000000), m.ids[1 + (1 + g % 1000000) % array_length(m.ids, 1)], s.id,
       (array['WALK_IN','HOTLINE','MESSENGER','WHATSAPP','EMAIL','PORTAL','OUTREACH'])[1 + g % 7],
       current_date - (g % 1800), 15 + g % 60,
       array[(array['LEGAL_PATHWAYS','VISAS','RECRUITMENT_COSTS','CONTRACTS','TRAVEL','OCCUPATIONAL_SAFETY',
                    'IRREGULAR_MIGRATION','TRAFFICKING_SMUGGLING','ASYLUM','RETURN_REINTEGRATION',
                    'REMITTANCES_FINANCE','HEALTH'])[1 + abs(hashtext(g::text)) % 12]],
       'bench', 'bench'
from generate_series(0, 2999999) g, mrcs m, staff s, first_client f;

insert into inquiry (mrc_id, channel, received_at, language, question, status, first_response_at,
                     created_by, updated_by)
select m.ids[1 + g % array_length(m.ids, 1)],
       (array['WALK_IN','HOTLINE','MESSENGER','WHATSAPP','EMAIL','PORTAL','OUTREACH'])[1 + g % 7],
       now() - make_interval(mins => g % 525600),
       'bn', 'Bench question ' || g || ' about visas and recruitment fees',
       case when g % 10 = 0 then 'OPEN' when g % 10 < 7 then 'ANSWERED' else 'CLOSED' end,
       case when g % 10 = 0 then null else now() - make_interval(mins => g % 525600) + interval '2 hours' end,
       'bench', 'bench'
from generate_series(1, 1000000) g, mrcs m;

create temporary table providers as select array_agg(id order by id) ids from service_provider;

-- referrals of the last two years: a tenth drafts, the rest sent an hour after they were made
insert into referral (client_id, mrc_id, provider_id, service, reason, status, consent_override,
                      shared_name, referred_by, created_at, sent_at, answered_at, closed_at,
                      created_by, updated_by)
select f.id + (g % 1000000), m.ids[1 + (1 + g % 1000000) % array_length(m.ids, 1)],
       p.ids[1 + g % array_length(p.ids, 1)],
       sp.services[1], 'Bench referral ' || g,
       st.status, case when st.status <> 'DRAFT' then 'bench data' end,
       case when st.status <> 'DRAFT' then 'Bench ' || g end,
       s.id, now() - make_interval(mins => g % 1051200),
       case when st.status <> 'DRAFT' then now() - make_interval(mins => g % 1051200) + interval '1 hour' end,
       case when st.status in ('ACCEPTED', 'REJECTED', 'DONE') then now() - make_interval(mins => g % 1051200) + interval '1 day' end,
       case when st.status in ('DONE', 'REVOKED') then now() - make_interval(mins => g % 1051200) + interval '9 days' end,
       'bench', 'bench'
from generate_series(0, 499999) g
cross join mrcs m cross join staff s cross join first_client f cross join providers p
join service_provider sp on sp.id = p.ids[1 + g % array_length(p.ids, 1)]
cross join lateral (select (array['DRAFT','SENT','SENT','ACCEPTED','ACCEPTED','DONE','DONE','DONE','DONE','DONE',
                                  'DONE','REJECTED','REVOKED','ACCEPTED','SENT','DONE','DONE','DONE','DONE','DRAFT'])
                           [1 + abs(hashtext('r' || g)) % 20] as status) st;

vacuum analyze;  -- the steady state autovacuum keeps
