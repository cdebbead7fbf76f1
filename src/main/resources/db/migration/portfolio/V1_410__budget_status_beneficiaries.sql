-- What a portfolio entry costs, in which currency, whom it benefits and where it stands. The status
-- is kept, not worked out from the dates, because work can be suspended and can run late.
alter table programme
    add column budget        numeric(16, 2) check (budget is null or budget >= 0),
    add column currency      text check (currency is null or currency ~ '^[A-Z]{3}$'),
    add column status        text   not null default 'PLANNED'
        check (status in ('PLANNED', 'RUNNING', 'COMPLETED', 'SUSPENDED')),
    add column beneficiaries text[] not null default '{}',
    add constraint programme_budget_currency check (budget is null or currency is not null);

update programme set status = case
    when start_date > current_date then 'PLANNED'
    when end_date < current_date then 'COMPLETED'
    when start_date is not null then 'RUNNING'
    else 'PLANNED' end;
