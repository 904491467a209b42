-- The service directory, aligned with Open Referral HSDS 3.0 (table and column names follow the
-- standard, prefixed dir_ so they never clash with identity's organization). Columns the standard
-- does not have are Harbour's: French texts (*_fr), eligibility by gender, 24/7, accepting now,
-- last verified, staff-only intake notes and referral contact, and capacity (as HSDS 3.1 has it).

create table dir_organization (
  id                       uuid primary key,
  name                     text not null check (length(name) between 1 and 300),
  alternate_name           text,
  description              text not null default '',
  email                    text,
  website                  text,
  indigenous_led           boolean not null default false,
  owner_organization_id    uuid references organization(id),   -- identity organization whose supervisors edit it
  demo                     boolean not null default false,
  last_modified            timestamptz not null default now()
);

create table dir_taxonomy (
  id          uuid primary key,
  name        text not null,
  description text not null default '',
  uri         text,
  version     text
);

create table dir_taxonomy_term (
  id          uuid primary key,
  taxonomy_id uuid not null references dir_taxonomy(id),
  code        text not null unique,
  name        text not null,
  name_fr     text not null,
  description text not null default '',
  parent_id   uuid references dir_taxonomy_term(id)
);

create table dir_service (
  id                       uuid primary key,
  organization_id          uuid not null references dir_organization(id) on delete cascade,
  name                     text not null check (length(name) between 1 and 300),
  name_fr                  text,
  description              text not null default '',
  description_fr           text,
  url                      text,
  email                    text,
  status                   text not null default 'active'
                           check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
  application_process      text,
  application_process_fr   text,
  eligibility_description  text,
  minimum_age              int check (minimum_age between 0 and 120),
  maximum_age              int check (maximum_age between 0 and 120),
  gender                   text not null default 'any' check (gender in ('any', 'women', 'men', 'gender-diverse')),
  open_24_7                boolean not null default false,
  accepting_new_clients    boolean not null default true,
  intake_notes             text,           -- staff only
  referral_contact         text,           -- staff only
  demo                     boolean not null default false,
  last_verified            timestamptz,
  last_modified            timestamptz not null default now(),
  check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age)
);
create index dir_service_by_organization on dir_service (organization_id);
create index dir_service_by_modified on dir_service (last_modified);

create table dir_location (
  id              uuid primary key,
  organization_id uuid references dir_organization(id) on delete cascade,
  location_type   text not null default 'physical',
  name            text,
  description     text,
  latitude        double precision check (latitude between -90 and 90),
  longitude       double precision check (longitude between -180 and 180)
);

create table dir_address (
  id             uuid primary key,
  location_id    uuid not null references dir_location(id) on delete cascade,
  address_1      text not null,
  city           text not null,
  state_province text not null default 'ON',
  postal_code    text not null default '',
  country        text not null default 'CA',
  address_type   text not null default 'physical'
);
create index dir_address_by_location on dir_address (location_id);

create table dir_accessibility (
  id          uuid primary key,
  location_id uuid not null references dir_location(id) on delete cascade,
  description text,
  details     text
);

create table dir_service_at_location (
  id          uuid primary key,
  service_id  uuid not null references dir_service(id) on delete cascade,
  location_id uuid not null references dir_location(id) on delete cascade,
  description text
);
create index dir_sal_by_service on dir_service_at_location (service_id);
create index dir_sal_by_location on dir_service_at_location (location_id);

create table dir_phone (
  id          uuid primary key,
  service_id  uuid references dir_service(id) on delete cascade,
  number      text not null,
  type        text not null default 'voice',
  description text
);
create index dir_phone_by_service on dir_phone (service_id);

create table dir_schedule (
  id          uuid primary key,
  service_id  uuid references dir_service(id) on delete cascade,
  freq        text not null default 'WEEKLY',
  byday       text not null,             -- RFC 5545 days, e.g. MO,TU,WE
  opens_at    time not null,
  closes_at   time not null,
  description text
);
create index dir_schedule_by_service on dir_schedule (service_id);

create table dir_language (
  id         uuid primary key,
  service_id uuid references dir_service(id) on delete cascade,
  name       text not null,
  code       text not null check (code ~ '^[a-z]{2,3}$')
);
create index dir_language_by_service on dir_language (service_id);

create table dir_service_area (
  id          uuid primary key,
  service_id  uuid references dir_service(id) on delete cascade,
  name        text not null,
  description text
);
create index dir_service_area_by_service on dir_service_area (service_id);

create table dir_contact (
  id         uuid primary key,
  service_id uuid references dir_service(id) on delete cascade,
  name       text not null,
  title      text,
  email      text
);
create index dir_contact_by_service on dir_contact (service_id);

-- HSDS links taxonomy terms to records through attributes
create table dir_attribute (
  id               uuid primary key,
  link_id          uuid not null,
  link_type        text not null default 'service',
  link_entity      text not null default 'service',
  taxonomy_term_id uuid not null references dir_taxonomy_term(id),
  value            text
);
create index dir_attribute_by_link on dir_attribute (link_id);

create table dir_unit (
  id         uuid primary key,
  name       text not null,
  name_fr    text not null,
  scheme     text,
  identifier text unique
);

create table dir_service_capacity (
  id          uuid primary key,
  service_id  uuid not null references dir_service(id) on delete cascade,
  unit_id     uuid not null references dir_unit(id),
  available   int not null check (available >= 0),
  maximum     int check (maximum >= 0),
  description text,
  updated     timestamptz not null default now(),
  unique (service_id, unit_id)
);
