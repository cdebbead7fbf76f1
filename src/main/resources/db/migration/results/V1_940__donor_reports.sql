-- Donor progress reports: the narrative a project writes for one period. The figures are not kept
-- here: the PDF and XLSX compute them from the records when downloaded (org.safar.results.Indicators).
create table donor_report (
    id           bigint generated always as identity primary key,
    framework_id bigint      not null references results_framework (id) on delete cascade,
    period_start date        not null,
    period_end   date        not null,
    summary      text        not null check (length(trim(summary)) between 1 and 8000),
    achievements text        check (length(achievements) <= 8000),
    challenges   text        check (length(challenges) <= 8000),
    next_steps   text        check (length(next_steps) <= 8000),
    version      int         not null default 0,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    updated_at   timestamptz not null default now(),
    updated_by   text        not null,
    constraint donor_report_dates check (period_end >= period_start)
);
create index donor_report_framework_ix on donor_report (framework_id, period_end desc);
