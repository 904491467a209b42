-- The duty to report on a case: for each person recorded on a case under 16 (required) or at 16 or 17 (offered),
-- the report to a children's aid society once made: who reported (encrypted), to which society, on which day, and
-- the society's reference (encrypted). A required step without a row here is overdue.
create table case_duty_report (
  person_id     uuid primary key references case_person(id),
  case_id       uuid not null references case_file(id) on delete cascade,
  reported_by   bytea not null,
  society_id    uuid not null references organization(id),
  reported_on   date not null,
  reference     bytea not null,
  recorded_by   uuid not null references app_user(id),
  recorded_at   timestamptz not null
);
create index case_duty_report_case on case_duty_report (case_id);
