-- Monthly cells also for the current month, through yesterday (org.safar.results.MonthlyCells):
-- a built month covers its days up to `through`; the later days are read from the records. A write
-- to a day after `through` leaves the month clean (that day is read from the records anyway); a
-- write to a covered day, or to a month never built, marks it dirty as before. Writers still hold
-- the shared lock on (source, month), so a build that extends `through` waits for them.

alter table results_built_month add column through date;
update results_built_month set through = (month + interval '1 month' - interval '1 day')::date;
alter table results_built_month alter column through set not null;
alter table results_built_month add constraint results_built_month_through
    check (through >= month and through < month + interval '1 month');

drop function results_mark_dirty(text, int, date[]);
create function results_mark_dirty(src text, lock_class int, days date[]) returns void
    language plpgsql as
$$
declare
    m         date;
    first_day date;
    covered   date;
begin
    for m, first_day in
        select date_trunc('month', x)::date, min(x) from unnest(days) x where x is not null group by 1 order by 1
    loop
        perform pg_advisory_xact_lock_shared(lock_class, results_month_key(m));
        select b.through into covered from results_built_month b where b.source = src and b.month = m;
        if covered is null or first_day <= covered then
            if not exists (select 1 from results_dirty_month d where d.source = src and d.month = m) then
                insert into results_dirty_month (source, month) values (src, m) on conflict do nothing;
            end if;
        end if;
    end loop;
end
$$;
