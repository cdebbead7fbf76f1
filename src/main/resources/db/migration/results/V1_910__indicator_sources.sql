-- The records an indicator can count, one view per source (org.safar.results.IndicatorSource).
-- Every view has the same base columns:
--   on_date     the day the record counts for (periods and the framework's date range)
--   org_unit_id the MRC (or other org unit) that holds the record (scope and the MRC dimension)
--   country     ISO 3166 code of that unit's country
--   subject_id  the person, where the record is about one (distinct counts), else null
--   amount      how many the record stands for (1, or the people of a group-attendance cell)
--   value       a number to sum (session minutes), else null
--   protected   whether the record is about a protected case (its counts are suppressed)
-- and one column per dimension it can be broken down by, named as Dimension.column() says.
-- Every join is a left join on a unique key, so PostgreSQL drops it when a query does not use its
-- columns: counting sessions by quarter reads counselling_session alone.

create view results_session as
select s.held_on                     as on_date,
       s.mrc_id                      as org_unit_id,
       o.country_code::text          as country,
       s.client_id                   as subject_id,
       1::bigint                     as amount,
       s.duration_minutes::numeric   as value,
       (pc.client_id is not null)    as protected,
       c.sex, c.age_band, c.migrant_status, s.channel, s.topics
from counselling_session s
left join client c on c.id = s.client_id
left join org_unit o on o.id = s.mrc_id
left join protected_case pc on pc.client_id = s.client_id;

create view results_group_attendance as
select g.held_on            as on_date,
       g.mrc_id             as org_unit_id,
       o.country_code::text as country,
       null::bigint         as subject_id,
       a.people::bigint     as amount,
       null::numeric        as value,
       false                as protected,
       a.sex, a.age_band, g.kind
from group_attendance a
join group_session g on g.id = a.group_session_id
left join org_unit o on o.id = g.mrc_id;

create view results_inquiry as
select i.received_at::date   as on_date,
       i.mrc_id              as org_unit_id,
       o.country_code::text  as country,
       null::bigint          as subject_id,
       1::bigint             as amount,
       null::numeric         as value,
       false                 as protected,
       i.channel, i.status
from inquiry i
left join org_unit o on o.id = i.mrc_id;

-- A referral counts on the day of its last step: closed (done or revoked), else sent, else drafted.
create view results_referral as
select coalesce(r.closed_at, r.sent_at, r.created_at)::date as on_date,
       r.mrc_id                      as org_unit_id,
       o.country_code::text          as country,
       r.client_id                   as subject_id,
       1::bigint                     as amount,
       null::numeric                 as value,
       (pc.client_id is not null)    as protected,
       c.sex, c.age_band, c.migrant_status, r.service, r.status, r.outcome
from referral r
left join client c on c.id = r.client_id
left join org_unit o on o.id = r.mrc_id
left join protected_case pc on pc.client_id = r.client_id;

create view results_intention as
select ir.recorded_on                as on_date,
       ir.mrc_id                     as org_unit_id,
       o.country_code::text          as country,
       ir.client_id                  as subject_id,
       1::bigint                     as amount,
       ir.likelihood::numeric        as value,
       (pc.client_id is not null)    as protected,
       c.sex, c.age_band, c.migrant_status, ir.stage, ir.intention
from intention_record ir
left join client c on c.id = ir.client_id
left join org_unit o on o.id = ir.mrc_id
left join protected_case pc on pc.client_id = ir.client_id;

-- A follow-up counts on the day it was done, or, while it is not, on the day it is due.
create view results_follow_up as
select coalesce(f.done_at::date, f.due_on) as on_date,
       f.mrc_id                      as org_unit_id,
       o.country_code::text          as country,
       f.client_id                   as subject_id,
       1::bigint                     as amount,
       null::numeric                 as value,
       (pc.client_id is not null)    as protected,
       c.sex, c.age_band, c.migrant_status, f.status
from follow_up f
left join client c on c.id = f.client_id
left join org_unit o on o.id = f.mrc_id
left join protected_case pc on pc.client_id = f.client_id;
