-- Triage rules are data: each version is a complete rule set; the newest version is in force and
-- every triaged item records the version that judged it.
create table triage_rule (
  version    int not null,
  position   int not null,
  fact       text not null,
  operator   text not null check (operator in ('EQ', 'LT', 'IN')),
  value      text not null,
  urgency    text not null check (urgency in ('IMMINENT', 'MINOR_AT_RISK', 'RECENT', 'ROUTINE')),
  reason_key text not null,
  created_at timestamptz not null default now(),
  primary key (version, position)
);
insert into triage_rule(version, position, fact, operator, value, urgency, reason_key) values
  (1, 1, 'dangerNow', 'EQ', 'true', 'IMMINENT', 'triage.reason.danger'),
  (1, 2, 'happened', 'EQ', 'NOW', 'IMMINENT', 'triage.reason.happeningNow'),
  (1, 3, 'youngestAge', 'LT', '16', 'MINOR_AT_RISK', 'triage.reason.under16'),
  (1, 4, 'minorInvolved', 'EQ', 'YES', 'MINOR_AT_RISK', 'triage.reason.minor'),
  (1, 5, 'minorInvolved', 'EQ', 'UNSURE', 'RECENT', 'triage.reason.possibleMinor'),
  (1, 6, 'happened', 'IN', 'TODAY,WEEK', 'RECENT', 'triage.reason.recent');

-- Public anonymous tips. Nothing identifies the sender unless they chose to give contact details;
-- no address, agent or other trace of the request is stored. Free text is encrypted (AES-GCM).
create table tip (
  id               uuid primary key,
  reference        text not null unique,
  received_at      timestamptz not null default now(),
  organization_id  uuid references organization(id),
  language         text not null check (language in ('en', 'fr')),
  what_happened    bytea not null,
  location_text    bytea,
  involved         bytea,
  region           text,
  happened         text not null,
  danger_now       boolean not null,
  minor_involved   text not null,
  youngest_age     int check (youngest_age between 0 and 120),
  contact_name     bytea,
  contact_phone    bytea,
  contact_email    bytea,
  contact_phone_hash bytea,
  urgency          text not null,
  urgency_rank     int not null,
  triage_version   int not null,
  triage_reasons   text[] not null,
  status           text not null default 'WAITING' check (status in ('WAITING', 'CLAIMED', 'CLOSED')),
  claimed_by       uuid references app_user(id),
  claimed_by_name  text,
  claimed_at       timestamptz,
  demo             boolean not null default false
);
create index tip_queue on tip (status, urgency_rank, received_at);
create index tip_by_contact_phone on tip (contact_phone_hash);
