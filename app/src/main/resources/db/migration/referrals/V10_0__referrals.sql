-- Referrals from a case to a directory service, and every move each one made. The receiving organization is the
-- Harbour organization that owns the service's directory organization (null: the service does not use Harbour).
-- Notes and an exception's reason are encrypted; ids, codes and dates stay in clear so lists filter in SQL.
create table referral (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id),
  sender_org_id        uuid not null references organization(id),
  receiving_org_id     uuid references organization(id),
  service_id           uuid not null,
  basis                text not null check (basis in ('CONSENT', 'MINOR_AT_RISK', 'IMMINENT_DANGER', 'LEGAL_REQUIREMENT')),
  consent_id           uuid references case_consent(id),
  exception_reason     bytea,
  categories           text[] not null default '{}',
  urgency              text not null check (urgency in ('ROUTINE', 'URGENT')),
  status               text not null
                         check (status in ('DRAFT', 'SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'WAIT_LISTED',
                                           'COMPLETED', 'REVOKED')),
  consent_ended        boolean not null default false,
  linked_case_id       uuid references case_file(id),
  due_at               timestamptz,
  created_by           uuid not null references app_user(id),
  created_at           timestamptz not null,
  updated_at           timestamptz not null,
  demo                 boolean not null default false,
  check ((basis = 'CONSENT') = (consent_id is not null)),
  check ((basis = 'CONSENT') = (exception_reason is null))
);
-- the inbox (incoming), the sent list (outgoing) and a case's referrals, newest first
create index referral_incoming on referral (receiving_org_id, created_at desc) where status <> 'DRAFT';
create index referral_outgoing on referral (sender_org_id, created_at desc);
create index referral_case on referral (case_id, created_at desc);
create index referral_consent on referral (consent_id) where consent_id is not null;

create table referral_transition (
  id                   uuid primary key,
  seq                  bigint generated always as identity,   -- keeps two moves of one instant in order
  referral_id          uuid not null references referral(id) on delete cascade,
  from_status          text,
  to_status            text not null,
  actor_id             uuid not null references app_user(id),
  note                 bytea,
  at                   timestamptz not null
);
create index referral_transition_referral on referral_transition (referral_id, seq);
