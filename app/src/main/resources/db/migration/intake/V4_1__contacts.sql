-- Hotline contacts. Personal and free-text fields are encrypted; names and phones also have keyed
-- hashes so repeat contacts are found without decrypting anyone else's record.
create table contact (
  id                uuid primary key,
  organization_id   uuid not null references organization(id),
  advocate_id       uuid not null references app_user(id),
  status            text not null default 'DRAFT' check (status in ('DRAFT', 'COMPLETE')),
  safe_to_talk      boolean not null,
  channel           text not null,
  started_at        timestamptz not null,
  duration_minutes  int check (duration_minutes between 0 and 600),
  caller_type       text not null,
  caller_language   text not null default 'en',
  interpreter_used  boolean not null default false,
  region            text,
  place             text,
  age_band          text not null default 'UNKNOWN',
  gender            text not null default 'UNKNOWN',
  exploitation_types text[] not null default '{}',
  indicators        text[] not null default '{}',
  danger_now        boolean not null default false,
  summary           bytea,
  caller_name       bytea,
  caller_name_hash  bytea,
  caller_phone      bytea,
  caller_phone_hash bytea,
  consent_police    text not null default 'NOT_ASKED',
  consent_contact   boolean not null default false,
  safe_number       bytea,
  safe_times        text,
  outcomes          text[] not null default '{}',
  follow_up         text,
  follow_up_due     date,
  urgency           text not null default 'ROUTINE',
  triage_version    int,
  triage_reasons    text[] not null default '{}',
  demo              boolean not null default false,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);
create index contact_by_org on contact (organization_id, started_at desc);
create index contact_by_phone_hash on contact (caller_phone_hash);
create index contact_by_name_hash on contact (caller_name_hash);

-- What happened next, and on what basis: the caller's consent, or a recorded exception.
create table contact_action (
  id               uuid primary key,
  contact_id       uuid not null references contact(id),
  kind             text not null check (kind in ('REFERRAL', 'CASE_NEEDED', 'POLICE_TIP')),
  detail           text,
  basis            text not null check (basis in ('CONSENT', 'NOT_REQUIRED', 'MINOR_AT_RISK', 'IMMINENT_DANGER', 'LEGAL_REQUIREMENT')),
  exception_reason text,
  created_by       uuid not null references app_user(id),
  created_at       timestamptz not null default now()
);
create index contact_action_by_contact on contact_action (contact_id);
