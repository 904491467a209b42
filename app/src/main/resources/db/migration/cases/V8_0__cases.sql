-- Cases: the case around a survivor or a person at risk, its workers, its timeline and its consents.
-- Personal text (the name or pseudonym, the summary, a consent's purpose and witness) is encrypted; codes, ids
-- and dates stay in clear so that lists can be filtered by the access rules in SQL.
create sequence case_reference_seq;

create table case_file (
  id                   uuid primary key,
  reference            text not null unique,
  organization_id      uuid not null references organization(id),
  status               text not null default 'ACTIVE'
                         check (status in ('ACTIVE', 'FOLLOW_UP', 'CLOSED', 'CLOSED_REFERRED')),
  stage                text not null default 'OPEN'
                         check (stage in ('OPEN', 'ASSESSMENT', 'PLANNING', 'SERVICES', 'CLOSURE')),
  origin               text not null check (origin in ('DIRECT', 'CONTACT', 'REFERRAL')),
  source_id            uuid,
  label                bytea not null,
  summary              bytea,
  exploitation_types   text[] not null default '{}',
  means_of_control     text[] not null default '{}',
  opened_by            uuid not null references app_user(id),
  opened_at            timestamptz not null,
  updated_at           timestamptz not null,
  closed_at            timestamptz,
  demo                 boolean not null default false
);
-- the organization's list, newest activity first, by status
create index case_file_organization on case_file (organization_id, status, updated_at desc);
create index case_file_source on case_file (source_id) where source_id is not null;

create table case_worker (
  case_id              uuid not null references case_file(id) on delete cascade,
  user_id              uuid not null references app_user(id),
  assigned_at          timestamptz not null,
  primary key (case_id, user_id)
);
-- "my cases": the permission predicate for assigned workers reads this index
create index case_worker_user on case_worker (user_id, case_id);

-- everything that happened in a case, written by the module that did it
create table case_event (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  kind                 text not null check (kind ~ '^[A-Z][A-Z_]{1,63}$'),
  record_id            uuid,
  actor_id             uuid references app_user(id),
  at                   timestamptz not null
);
create index case_event_case on case_event (case_id, at desc);

create table case_consent (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  given_by             text not null check (given_by in ('PERSON', 'GUARDIAN')),
  categories           text[] not null check (cardinality(categories) > 0),
  recipient_org_id     uuid not null references organization(id),
  recipient_service_id uuid,
  purpose              bytea not null,
  valid_from           date not null,
  valid_until          date,
  manner               text not null check (manner in ('WRITTEN', 'VERBAL_WITNESSED')),
  witness              bytea,
  recorded_by          uuid not null references app_user(id),
  recorded_at          timestamptz not null,
  withdrawn_at         timestamptz,
  withdrawn_by         uuid references app_user(id),
  check (valid_until is null or valid_until >= valid_from)
);
create index case_consent_case on case_consent (case_id, recorded_at desc);
