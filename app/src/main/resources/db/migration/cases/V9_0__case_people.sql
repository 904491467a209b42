-- Cases, continued: how the person was recruited (HTCDS codes) and the people involved in a case.
-- A person's name and date of birth are encrypted; codes stay in clear so pages and reports can count them.
alter table case_file add column recruitment text[] not null default '{}';

create table case_person (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  role                 text not null
                         check (role in ('SURVIVOR', 'FAMILY_MEMBER', 'CAREGIVER', 'SUSPECTED_TRAFFICKER', 'OTHER')),
  name                 bytea not null,
  birth_date           bytea,
  age_estimate         int check (age_estimate between 0 and 120),
  gender               text check (gender ~ '^[A-Z][A-Z_]{0,63}$'),
  languages            text[] not null default '{}',
  indigenous_identity  text check (indigenous_identity in ('FIRST_NATIONS', 'INUIT', 'METIS', 'PREFER_NOT_TO_SAY')),
  immigration_status   text check (immigration_status ~ '^[A-Z][A-Z_]{0,63}$'),
  added_by             uuid not null references app_user(id),
  added_at             timestamptz not null,
  demo                 boolean not null default false
);
-- a case's people; suspected traffickers are filtered out by role for viewers without the sensitive permission
create index case_person_case on case_person (case_id, role);
-- the list of a whole organization filtered by status, most recent first, and a reference lookup
create index case_file_status_updated on case_file (status, updated_at desc);
