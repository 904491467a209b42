-- The report to a children's aid society that the law requires when a contact concerns a person under 16
-- (offered for 16 and 17). A contact needs one while its age band says so; this row is the report once made:
-- to which society, when, by whom (recorded from the signed-in advocate) and the society's reference.
-- None of it describes the person, so nothing here is encrypted.
create table duty_to_report (
  contact_id   uuid primary key references contact(id),
  society_id   uuid not null references organization(id),
  reported_at  timestamptz not null,
  reported_by  uuid not null references app_user(id),
  reference    text not null check (length(reference) between 1 and 100),
  demo         boolean not null default false,
  recorded_at  timestamptz not null default now()
);

-- The date of birth of the person a contact is about, when the advocate learns it: encrypted (FieldCipher,
-- context contact_birth_date.birth_date); the age it gives on the day of the contact is kept beside it so
-- that lists can tell who was under 16 then without decrypting anyone. It decides over the age band.
create table contact_birth_date (
  contact_id      uuid primary key references contact(id),
  birth_date      bytea not null,
  age_at_contact  int not null check (age_at_contact between 0 and 130),
  recorded_by     uuid not null references app_user(id),
  recorded_at     timestamptz not null default now()
);
