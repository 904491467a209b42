-- Tips for police prepared by advocates from hotline contacts, as the police service receives them.
-- The content (what consent allows) and the feedback are encrypted; codes and ids stay in clear for lists.
create table police_tip (
  id                   uuid primary key,
  action_id            uuid unique,
  contact_id           uuid,
  sender_org_id        uuid not null references organization(id),
  police_org_id        uuid not null references organization(id),
  categories           text not null,
  basis                text not null check (basis in ('CONSENT', 'MINOR_AT_RISK', 'IMMINENT_DANGER', 'LEGAL_REQUIREMENT')),
  content              bytea not null,
  status               text not null default 'RECEIVED'
                         check (status in ('RECEIVED', 'UNDER_REVIEW', 'ACTIONED', 'NO_ACTION')),
  feedback             bytea,
  received_at          timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  updated_by           uuid references app_user(id),
  demo                 boolean not null default false
);
create index police_tip_inbox on police_tip (police_org_id, received_at desc);
create index police_tip_sent on police_tip (sender_org_id, received_at desc);
create index police_tip_contact on police_tip (contact_id);
