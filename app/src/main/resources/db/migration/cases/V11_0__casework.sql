-- Case work: the safety plan, the needs assessments, the service plan and the case notes of a case.
-- Personal text is encrypted (the safety plan as one JSON document, each need's note, each goal's text, each
-- case note); codes, ids and dates stay in clear for lists and for the overdue services.

-- one safety plan per case; version grows with every save so that a stale save is refused
create table case_safety_plan (
  case_id              uuid primary key references case_file(id) on delete cascade,
  document             bytea not null,
  version              integer not null check (version > 0),
  updated_at           timestamptz not null,
  updated_by           uuid references app_user(id),
  demo                 boolean not null default false
);

-- every needs assessment is kept: the newest is the current one
create table case_needs_assessment (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  assessed_at          timestamptz not null,
  assessed_by          uuid references app_user(id),
  demo                 boolean not null default false
);
create index case_needs_assessment_case on case_needs_assessment (case_id, assessed_at desc);

create table case_need (
  id                   uuid primary key,
  assessment_id        uuid not null references case_needs_assessment(id) on delete cascade,
  domain               text not null check (domain ~ '^[A-Z][A-Z_]{1,63}$'),
  level                text not null check (level in ('NONE', 'LOW', 'MODERATE', 'HIGH', 'URGENT')),
  note                 bytea,
  unique (assessment_id, domain)
);

create table case_goal (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  text                 bytea not null,
  target_date          date,
  created_at           timestamptz not null,
  created_by           uuid references app_user(id),
  demo                 boolean not null default false
);
create index case_goal_case on case_goal (case_id, created_at);

-- a service under a goal, given by a service of the directory
create table case_planned_service (
  id                   uuid primary key,
  goal_id              uuid not null references case_goal(id) on delete cascade,
  case_id              uuid not null references case_file(id) on delete cascade,
  service_id           uuid not null,
  status               text not null
                         check (status in ('PLANNED', 'REQUESTED', 'IN_PROGRESS', 'DELIVERED', 'CANCELLED')),
  due_date             date,
  referral_id          uuid,
  created_at           timestamptz not null,
  updated_at           timestamptz not null,
  updated_by           uuid references app_user(id),
  demo                 boolean not null default false
);
create index case_planned_service_case on case_planned_service (case_id, service_id);

-- notes are never edited: a correction is a new note naming the one it corrects
create table case_note (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  body                 bytea not null,
  sensitivity          text not null check (sensitivity in ('STANDARD', 'SENSITIVE', 'RESTRICTED')),
  corrects             uuid references case_note(id),
  author_id            uuid references app_user(id),
  written_at           timestamptz not null,
  demo                 boolean not null default false
);
create index case_note_case on case_note (case_id, written_at desc);
