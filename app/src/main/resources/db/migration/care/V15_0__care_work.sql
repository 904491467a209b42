-- The team's work on a youth: who recorded the first contact, the intake decisions (each with an encrypted
-- reason), the Indigenous liaison offer, the report to a children's aid society, and team notes kept apart
-- by the author's function (a child-protection note reaches police members only once shared with a basis).

alter table care_youth add column first_contact_by uuid references app_user(id);

create table care_youth_decision (
  id           uuid primary key,
  youth_id     uuid not null references care_youth(id),
  status       text not null check (status in ('ACCEPTED', 'REFERRED_ELSEWHERE', 'NO_FURTHER_ACTION', 'CLOSED')),
  reason       bytea not null,
  decided_by   uuid not null references app_user(id),
  decided_at   timestamptz not null,
  demo         boolean not null default false
);
create index care_youth_decision_youth on care_youth_decision (youth_id, decided_at);

-- One offer per youth; taken_up is null while the youth has not answered.
create table care_liaison_offer (
  youth_id     uuid primary key references care_youth(id),
  offered_by   uuid not null references app_user(id),
  offered_at   timestamptz not null,
  taken_up     boolean,
  demo         boolean not null default false
);

-- The report to a children's aid society (an organization of that type), one per youth.
create table care_duty_report (
  youth_id     uuid primary key references care_youth(id),
  society_id   uuid not null references organization(id),
  reported_at  timestamptz not null,
  reported_by  uuid not null references app_user(id),
  reference    bytea not null,
  recorded_at  timestamptz not null default now(),
  demo         boolean not null default false
);

create table care_note (
  id              uuid primary key,
  youth_id        uuid not null references care_youth(id),
  author_id       uuid not null references app_user(id),
  author_function text not null check (author_function in ('CHILD_PROTECTION', 'POLICE', 'INDIGENOUS_LIAISON', 'OTHER')),
  body            bytea not null,
  written_at      timestamptz not null,
  demo            boolean not null default false
);
create index care_note_youth on care_note (youth_id, written_at);

-- A child-protection note shared with the team's police members, on a recorded basis and reason (encrypted).
create table care_note_share (
  note_id      uuid primary key references care_note(id),
  basis        text not null check (basis in ('CONSENT', 'CHILD_AT_RISK', 'IMMINENT_DANGER', 'REQUIRED_BY_LAW')),
  reason       bytea not null,
  shared_by    uuid not null references app_user(id),
  shared_at    timestamptz not null
);
