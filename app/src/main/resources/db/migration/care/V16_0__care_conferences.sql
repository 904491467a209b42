-- A youth's consents, case conferences, what was shared at them and on what ground, and the intervention plan.
-- Free text (purposes, witnesses, reasons, decisions, actions, outside attendees) is encrypted with FieldCipher;
-- dates, categories and organizations stay in clear so that the sharing rule and the board can be read in SQL.

-- A consent given by the youth (or a guardian where appropriate) for categories of information to go to the
-- team (any organization with a current member in the youth's team) or to one named organization.
create table care_consent (
  id               uuid primary key,
  youth_id         uuid not null references care_youth(id),
  given_by         text not null check (given_by in ('YOUTH', 'GUARDIAN')),
  categories       text[] not null check (cardinality(categories) > 0),
  recipient_org_id uuid references organization(id),
  purpose          bytea not null,
  valid_from       date not null,
  valid_until      date,
  manner           text not null check (manner in ('WRITTEN', 'VERBAL_WITNESSED')),
  witness          bytea,
  recorded_by      uuid not null references app_user(id),
  recorded_at      timestamptz not null,
  withdrawn_at     timestamptz,
  withdrawn_by     uuid references app_user(id),
  demo             boolean not null default false,
  check (valid_until is null or valid_until >= valid_from),
  check (manner = 'WRITTEN' or witness is not null)
);
create index care_consent_youth on care_consent (youth_id, recorded_at desc);

create table care_conference (
  id           uuid primary key,
  youth_id     uuid not null references care_youth(id),
  held_on      date not null,
  decisions    bytea,
  recorded_by  uuid not null references app_user(id),
  recorded_at  timestamptz not null,
  demo         boolean not null default false
);
create index care_conference_youth on care_conference (youth_id, held_on desc);

-- Who attended: a team member (user_id), or someone from outside by name and role (both encrypted).
create table care_conference_attendee (
  id             uuid primary key,
  conference_id  uuid not null references care_conference(id),
  user_id        uuid references app_user(id),
  outside_name   bytea,
  outside_role   bytea,
  check ((user_id is null) <> (outside_name is null))
);
create index care_conference_attendee_conference on care_conference_attendee (conference_id);

-- One item of information shared at a conference: its category, the organization it went to, and the ground:
-- a consent that covered it on the conference's date, or a legal basis with its reason (encrypted).
create table care_conference_share (
  id             uuid primary key,
  conference_id  uuid not null references care_conference(id),
  category       text not null,
  org_id         uuid not null references organization(id),
  basis          text not null check (basis in ('CONSENT', 'CHILD_AT_RISK', 'IMMINENT_DANGER', 'REQUIRED_BY_LAW')),
  consent_id     uuid references care_consent(id),
  reason         bytea,
  recorded_by    uuid not null references app_user(id),
  recorded_at    timestamptz not null,
  check ((basis = 'CONSENT') = (consent_id is not null)),
  check (basis = 'CONSENT' or reason is not null)
);
create index care_conference_share_conference on care_conference_share (conference_id);

-- The intervention plan: actions with an owner from the team, a due date, and when done.
create table care_action (
  id             uuid primary key,
  conference_id  uuid not null references care_conference(id),
  youth_id       uuid not null references care_youth(id),
  description    bytea not null,
  owner_id       uuid not null references app_user(id),
  due_on         date not null,
  done_at        timestamptz,
  done_by        uuid references app_user(id)
);
-- the board: a team's open actions by due date
create index care_action_open on care_action (due_on) where done_at is null;
create index care_action_conference on care_action (conference_id);
