-- Tips to police sent from a case: who sent what to which police service, on which basis. The categories, the
-- basis and the consent stay in clear for the lists; the note for police and an exception's reason are encrypted.
-- What police received is the intelligence module's police_tip row whose action_id is this row's id.
create table case_police_tip (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  organization_id      uuid not null references organization(id),
  police_org_id        uuid not null references organization(id),
  categories           text[] not null,
  basis                text not null check (basis in ('CONSENT', 'MINOR_AT_RISK', 'IMMINENT_DANGER', 'LEGAL_REQUIREMENT')),
  consent_id           uuid references case_consent(id),
  note                 bytea,
  exception_reason     bytea,
  sent_by              uuid not null references app_user(id),
  sent_at              timestamptz not null,
  check ((basis = 'CONSENT') = (consent_id is not null)),
  check (basis = 'CONSENT' or exception_reason is not null)
);
create index case_police_tip_case on case_police_tip (case_id, sent_at desc);
-- the supervisors' list of tips sent without consent
create index case_police_tip_exceptions on case_police_tip (organization_id, sent_at desc) where basis <> 'CONSENT';
