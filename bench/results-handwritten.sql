-- The hand-written reference for bench/results.sh: the numbers of the bench project's report
-- (sessions, unique clients, minutes, share of women, people at group sessions, by sex x age band
-- x MRC x quarter, each alone, and in total) in the fewest scans one can write by hand: one
-- statement over sessions and clients for the four session indicators, one over group attendance.
\set ON_ERROR_STOP on
\timing on
select c.sex, c.age_band, s.mrc_id, date_trunc('quarter', s.held_on)::date as q,
       count(*) as sessions, count(distinct s.client_id) as persons, sum(s.duration_minutes) as minutes,
       count(*) filter (where c.sex = 'FEMALE') as with_women
from counselling_session s join client c on c.id = s.client_id
where s.held_on between current_date - 1826 and current_date
group by grouping sets ((c.sex, c.age_band, s.mrc_id, date_trunc('quarter', s.held_on)::date),
                        (c.sex), (c.age_band), (s.mrc_id), (date_trunc('quarter', s.held_on)::date), ())
\g /dev/null
select a.sex, a.age_band, g.mrc_id, date_trunc('quarter', g.held_on)::date as q, sum(a.people) as people
from group_attendance a join group_session g on g.id = a.group_session_id
where g.held_on between current_date - 1826 and current_date
group by grouping sets ((a.sex, a.age_band, g.mrc_id, date_trunc('quarter', g.held_on)::date),
                        (a.sex), (a.age_band), (g.mrc_id), (date_trunc('quarter', g.held_on)::date), ())
\g /dev/null
