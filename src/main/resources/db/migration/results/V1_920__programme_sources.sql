-- Indicator sources over the programme modules' records (org.safar.results.ProgrammeSources), with
-- the same base columns as the views in V1_910. Views only: the modules' tables are not changed.

-- Training participants: one row per person listed on a training that keeps persons, and, for a
-- training that keeps only head counts, one row per sex with its count (amount). value is the
-- knowledge gain (post-test minus pre-test score, in points) of a participant who has both scores.
-- Participants are not linked across trainings, so there is no person to count distinctly.
create view results_training_participant as
select t.starts_on                   as on_date,
       t.org_unit_id                 as org_unit_id,
       o.country_code::text          as country,
       null::bigint                  as subject_id,
       1::bigint                     as amount,
       (p.post_score - p.pre_score)::numeric as value,
       false                         as protected,
       p.sex, t.kind
from training_participant p
join training t on t.id = p.training_id
left join org_unit o on o.id = t.org_unit_id
where t.participation = 'PERSONS'
union all
select t.starts_on                   as on_date,
       t.org_unit_id                 as org_unit_id,
       o.country_code::text          as country,
       null::bigint                  as subject_id,
       c.people::bigint              as amount,
       null::numeric                 as value,
       false                         as protected,
       c.sex, t.kind
from training t
cross join lateral (values ('FEMALE', t.female_count),
                           ('MALE', t.male_count),
                           ('OTHER', t.other_count)) as c (sex, people)
left join org_unit o on o.id = t.org_unit_id
where t.participation = 'COUNTS' and c.people > 0;

-- People at outreach events, by sex and age band (one row per cell with its people).
create view results_outreach_attendance as
select e.held_on            as on_date,
       e.org_unit_id        as org_unit_id,
       o.country_code::text as country,
       null::bigint         as subject_id,
       a.people::bigint     as amount,
       null::numeric        as value,
       false                as protected,
       a.sex, a.age_band, e.kind
from outreach_attendance a
join outreach_event e on e.id = a.event_id
left join org_unit o on o.id = e.org_unit_id;

-- Reach of outreach events (media and social-media contacts, not unique, never people): its own
-- source, so that no indicator adds it to the people of the attendance source.
create view results_outreach_reach as
select e.held_on            as on_date,
       e.org_unit_id        as org_unit_id,
       o.country_code::text as country,
       null::bigint         as subject_id,
       e.reach::bigint      as amount,
       null::numeric        as value,
       false                as protected,
       e.kind
from outreach_event e
left join org_unit o on o.id = e.org_unit_id
where e.reach > 0;

-- Technical-assistance deliverables, on the day of their current status (drafted, validated,
-- adopted), held by the unit that owns their action; country is that unit's country.
create view results_ta_deliverable as
select d.status_date        as on_date,
       a.owner_org_unit_id  as org_unit_id,
       o.country_code::text as country,
       null::bigint         as subject_id,
       1::bigint            as amount,
       null::numeric        as value,
       false                as protected,
       d.status, d.kind
from ta_deliverable d
join ta_action a on a.id = d.action_id
left join org_unit o on o.id = a.owner_org_unit_id;
