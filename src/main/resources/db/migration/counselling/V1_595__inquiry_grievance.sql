-- An inquiry that is a complaint (e.g. a report about a recruitment agency from the portal).
alter table inquiry add column grievance boolean not null default false;
