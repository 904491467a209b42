-- CARE units (Children at-Risk of Exploitation): teams whose members come from several organizations (a
-- children's aid society, a police service, an Indigenous organization), and the youth referred to them.
-- A member sees the team's youth and nothing more; membership ends at once when removed_at is set.

create table care_team (
  id           uuid primary key,
  name         text not null check (length(name) between 1 and 120),
  created_at   timestamptz not null default now(),
  demo         boolean not null default false
);
create unique index care_team_name on care_team (lower(name));

-- What a member brings to the team decides what they may see: child-protection notes stay with
-- CHILD_PROTECTION members unless shared with a recorded basis; police information likewise.
create table care_team_member (
  team_id      uuid not null references care_team(id),
  user_id      uuid not null references app_user(id),
  function     text not null check (function in ('CHILD_PROTECTION', 'POLICE', 'INDIGENOUS_LIAISON', 'OTHER')),
  added_at     timestamptz not null default now(),
  removed_at   timestamptz,
  primary key (team_id, user_id)
);
-- "which teams am I in" on every request
create index care_team_member_user on care_team_member (user_id) where removed_at is null;

-- A youth referred to a team. The youth's name (label) and date of birth are encrypted (FieldCipher, contexts
-- care_youth.label and care_youth.birth_date); the age at the referral is kept in clear so that lists and the
-- duty-to-report rule can tell who was under 16 then without decrypting anyone. Either a date of birth (and its
-- age) or an age estimate is known, or neither.
create table care_youth (
  id                  uuid primary key,
  team_id             uuid not null references care_team(id),
  source              text not null check (source in ('HOTLINE_CONTACT', 'AGENCY_CASE', 'SCHOOL', 'POLICE', 'OTHER')),
  source_contact_id   uuid,
  source_case_id      uuid,
  label               bytea not null,
  birth_date          bytea,
  age_at_referral     int check (age_at_referral between 0 and 25),
  age_estimated       boolean not null default false,
  indigenous_identity text not null default 'NOT_SHARED'
                        check (indigenous_identity in ('FIRST_NATIONS', 'INUIT', 'METIS', 'NOT_INDIGENOUS', 'NOT_SHARED')),
  status              text not null default 'RECEIVED'
                        check (status in ('RECEIVED', 'ACCEPTED', 'REFERRED_ELSEWHERE', 'NO_FURTHER_ACTION', 'CLOSED')),
  referred_by         uuid not null references app_user(id),
  referred_by_org     uuid not null references organization(id),
  referred_at         timestamptz not null,
  first_contact_at    timestamptz,
  demo                boolean not null default false,
  check (age_estimated = false or age_at_referral is not null)
);
-- the team board: a team's youth by status, newest first
create index care_youth_team on care_youth (team_id, status, referred_at desc);
