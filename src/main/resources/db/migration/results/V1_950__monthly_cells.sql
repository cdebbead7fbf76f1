-- Monthly cells (org.safar.results.MonthlyCells): for the two biggest sources, the records of each
-- past month added up per cell of their dimensions (MRC, protected, sex, age band, ...), so a report
-- over five years reads some hundred thousand cells instead of ten million records.
--
-- Exactness and freshness: a month is read from its cells only while it is BUILT and not DIRTY;
-- any other month (the current one, the edges of a period, a month changed since it was built) is
-- read from the records themselves. Every write to a table a source reads marks the months it
-- touches dirty, in the writer's own transaction (statement-level triggers below), so a committed
-- record is never missed. The builder takes an exclusive advisory lock on (source, month) before it
-- clears the mark and adds the month up again; writers hold the shared form of the same lock until
-- they commit, so the builder waits for a writer in flight and a later writer marks the month
-- again after the builder is done.

create table results_dirty_month (
    source text        not null,
    month  date        not null check (month = date_trunc('month', month)::date),
    since  timestamptz not null default now(),
    primary key (source, month)
);

create table results_built_month (
    source   text        not null,
    month    date        not null check (month = date_trunc('month', month)::date),
    built_at timestamptz not null default now(),
    cells    bigint      not null,
    primary key (source, month)
);

-- One row per month × cell of results_session (no topics: a topic filter reads the records).
create table results_cells_session (
    month          date    not null,
    org_unit_id    bigint  not null,
    protected      boolean not null,
    sex            text,
    age_band       text,
    migrant_status text,
    channel        text,
    amount         bigint  not null,
    value          numeric,
    records        bigint  not null
);
create index results_cells_session_month_ix on results_cells_session (month);

-- One row per month × cell of results_group_attendance.
create table results_cells_group_attendance (
    month       date    not null,
    org_unit_id bigint  not null,
    protected   boolean not null,
    sex         text,
    age_band    text,
    kind        text,
    amount      bigint  not null,
    value       numeric,
    records     bigint  not null
);
create index results_cells_group_attendance_month_ix on results_cells_group_attendance (month);

-- The advisory-lock key of a month (class = the source's lock class, see MonthlyCells).
create function results_month_key(m date) returns int
    language sql immutable as
$$ select (extract(year from m)::int - 2000) * 12 + extract(month from m)::int - 1 $$;

-- Marks months of a source dirty, holding the shared lock on each until the transaction ends.
create function results_mark_dirty(src text, lock_class int, months date[]) returns void
    language plpgsql as
$$
declare
    m date;
begin
    for m in select distinct date_trunc('month', x)::date from unnest(months) x where x is not null order by 1
    loop
        perform pg_advisory_xact_lock_shared(lock_class, results_month_key(m));
        if not exists (select 1 from results_dirty_month d where d.source = src and d.month = m) then
            insert into results_dirty_month (source, month) values (src, m) on conflict do nothing;
        end if;
    end loop;
end
$$;

-- Sessions: their own day, old and new.
create function results_session_rows_changed() returns trigger
    language plpgsql as
$$
begin
    perform results_mark_dirty('SESSIONS', 9501, array(select distinct held_on from changed_rows));
    if tg_op = 'UPDATE' then
        perform results_mark_dirty('SESSIONS', 9501, array(select distinct held_on from changed_rows_new));
    end if;
    return null;
end
$$;
create trigger results_session_inserted after insert on counselling_session
    referencing new table as changed_rows for each statement execute function results_session_rows_changed();
create trigger results_session_updated after update on counselling_session
    referencing old table as changed_rows new table as changed_rows_new
    for each statement execute function results_session_rows_changed();
create trigger results_session_deleted after delete on counselling_session
    referencing old table as changed_rows for each statement execute function results_session_rows_changed();

-- A client's sex, age band or migrant status: the months of their sessions.
create function results_client_changed() returns trigger
    language plpgsql as
$$
begin
    perform results_mark_dirty('SESSIONS', 9501, array(
        select distinct s.held_on
        from changed_rows_new n
        join changed_rows o on o.id = n.id
        join counselling_session s on s.client_id = n.id
        where (o.sex, o.age_band, o.migrant_status) is distinct from (n.sex, n.age_band, n.migrant_status)));
    return null;
end
$$;
create trigger results_client_updated after update on client
    referencing old table as changed_rows new table as changed_rows_new
    for each statement execute function results_client_changed();

-- A case becoming protected (or no longer): the months of that client's sessions.
create function results_protected_case_changed() returns trigger
    language plpgsql as
$$
begin
    perform results_mark_dirty('SESSIONS', 9501, array(
        select distinct s.held_on from changed_rows c join counselling_session s on s.client_id = c.client_id));
    if tg_op = 'UPDATE' then
        perform results_mark_dirty('SESSIONS', 9501, array(
            select distinct s.held_on from changed_rows_new c join counselling_session s on s.client_id = c.client_id));
    end if;
    return null;
end
$$;
create trigger results_protected_case_inserted after insert on protected_case
    referencing new table as changed_rows for each statement execute function results_protected_case_changed();
create trigger results_protected_case_updated after update on protected_case
    referencing old table as changed_rows new table as changed_rows_new
    for each statement execute function results_protected_case_changed();
create trigger results_protected_case_deleted after delete on protected_case
    referencing old table as changed_rows for each statement execute function results_protected_case_changed();

-- Group attendance: the day of its group session.
create function results_group_attendance_changed() returns trigger
    language plpgsql as
$$
begin
    perform results_mark_dirty('GROUP_ATTENDANCE', 9502, array(
        select distinct g.held_on from changed_rows a join group_session g on g.id = a.group_session_id));
    if tg_op = 'UPDATE' then
        perform results_mark_dirty('GROUP_ATTENDANCE', 9502, array(
            select distinct g.held_on from changed_rows_new a join group_session g on g.id = a.group_session_id));
    end if;
    return null;
end
$$;
create trigger results_group_attendance_inserted after insert on group_attendance
    referencing new table as changed_rows for each statement execute function results_group_attendance_changed();
create trigger results_group_attendance_updated after update on group_attendance
    referencing old table as changed_rows new table as changed_rows_new
    for each statement execute function results_group_attendance_changed();
create trigger results_group_attendance_deleted after delete on group_attendance
    referencing old table as changed_rows for each statement execute function results_group_attendance_changed();

-- A group session's own day, old and new (its MRC or kind may change; a deleted one takes its
-- attendance with it, after this row is gone).
create function results_group_session_changed() returns trigger
    language plpgsql as
$$
begin
    perform results_mark_dirty('GROUP_ATTENDANCE', 9502, array(select distinct held_on from changed_rows));
    if tg_op = 'UPDATE' then
        perform results_mark_dirty('GROUP_ATTENDANCE', 9502, array(select distinct held_on from changed_rows_new));
    end if;
    return null;
end
$$;
create trigger results_group_session_updated after update on group_session
    referencing old table as changed_rows new table as changed_rows_new
    for each statement execute function results_group_session_changed();
create trigger results_group_session_deleted after delete on group_session
    referencing old table as changed_rows for each statement execute function results_group_session_changed();

-- Records already there when this migration runs: every month they fall in is to be built.
insert into results_dirty_month (source, month)
select distinct 'SESSIONS', date_trunc('month', held_on)::date from counselling_session;
insert into results_dirty_month (source, month)
select distinct 'GROUP_ATTENDANCE', date_trunc('month', g.held_on)::date
from group_session g where exists (select 1 from group_attendance a where a.group_session_id = g.id);
