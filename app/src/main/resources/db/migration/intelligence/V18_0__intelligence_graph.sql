-- The police analysts' workspace: scraped online ads, what was extracted from them, the entities they and the
-- tips mention, the links between entities with their evidence, and investigations. Everything belongs to one
-- police service (police_org_id) and is seen only by its analysts. Identifiers (phones, e-mails, handles,
-- names) are personal information: an entity is found by a keyed hash of its normalised value and its label
-- is encrypted; ad titles and bodies are encrypted too. Evidence holds codes and numbers, never the text.

-- One upload of ads (CSV or JSON lines) and its report: counts, then the problems by line (codes, no content).
create table intel_import (
  id              uuid primary key,
  police_org_id   uuid not null references organization(id),
  imported_by     uuid not null references app_user(id),
  format          text not null check (format in ('CSV', 'JSONL')),
  status          text not null default 'RUNNING' check (status in ('RUNNING', 'DONE', 'FAILED')),
  started_at      timestamptz not null default now(),
  finished_at     timestamptz,
  lines_read      integer not null default 0,
  ads_new         integer not null default 0,
  ads_updated     integer not null default 0,
  ads_unchanged   integer not null default 0,
  lines_rejected  integer not null default 0,
  problems        jsonb not null default '[]',
  demo            boolean not null default false
);
create index intel_import_by_org on intel_import (police_org_id, started_at desc);

-- Anything an analyst can point at. An AD or a TIP entity has the id of its intel_ad or police_tip row.
-- key_hash is LookupHash of the normalised value under the context 'intel.' || lower(kind).
create table intel_entity (
  id              uuid primary key,
  police_org_id   uuid not null references organization(id),
  kind            text not null
                    check (kind in ('PERSON', 'PHONE', 'EMAIL', 'HANDLE', 'PLATE', 'PLACE', 'AD', 'TIP')),
  key_hash        bytea not null,
  label           bytea,
  first_seen      timestamptz,
  last_seen       timestamptz,
  demo            boolean not null default false,
  unique (police_org_id, kind, key_hash)
);

-- An ad as scraped, once per (service, site, ad id at the site): a re-import of the same ad updates it.
create table intel_ad (
  id              uuid primary key references intel_entity(id) on delete cascade,
  police_org_id   uuid not null references organization(id),
  site            text not null check (length(site) between 1 and 200),
  source_id       text not null check (length(source_id) between 1 and 200),
  posted_at       timestamptz,
  city            text,
  price           numeric(12, 2),
  title           bytea,
  body            bytea,
  content_hash    bytea not null,
  image_hashes    text[] not null default '{}',
  ages            smallint[] not null default '{}',
  flags           text[] not null default '{}',
  flag_evidence   jsonb not null default '{}',
  cluster_id      uuid,
  import_id       uuid references intel_import(id),
  imported_at     timestamptz not null default now(),
  demo            boolean not null default false,
  unique (police_org_id, site, source_id)
);
create index intel_ad_cluster on intel_ad (cluster_id);
create index intel_ad_import on intel_ad (import_id);
create index intel_ad_posted on intel_ad (police_org_id, posted_at);

-- A link between two entities, with how it was found: MENTIONS (an ad or tip names a phone, e-mail, handle...),
-- NEAR_DUPLICATE (two ads of one text template), SAME_AS (entity resolution). Evidence: codes and scores only.
create table intel_link (
  from_id         uuid not null references intel_entity(id) on delete cascade,
  to_id           uuid not null references intel_entity(id) on delete cascade,
  kind            text not null check (kind in ('MENTIONS', 'NEAR_DUPLICATE', 'SAME_AS')),
  score           real,
  evidence        jsonb not null default '{}',
  seen_at         timestamptz,
  primary key (from_id, to_id, kind)
);
create index intel_link_to on intel_link (to_id);

-- A named set of entities and notes, owned by an analyst and shared within the police service if they choose.
create table intel_investigation (
  id              uuid primary key,
  police_org_id   uuid not null references organization(id),
  owner_id        uuid not null references app_user(id),
  name            bytea not null,
  shared          boolean not null default false,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  demo            boolean not null default false
);
create index intel_investigation_by_org on intel_investigation (police_org_id, updated_at desc);

create table intel_investigation_entity (
  investigation_id uuid not null references intel_investigation(id) on delete cascade,
  entity_id        uuid not null references intel_entity(id) on delete cascade,
  pinned_by        uuid not null references app_user(id),
  pinned_at        timestamptz not null default now(),
  primary key (investigation_id, entity_id)
);
create index intel_investigation_entity_by_entity on intel_investigation_entity (entity_id);

create table intel_investigation_note (
  id               uuid primary key,
  investigation_id uuid not null references intel_investigation(id) on delete cascade,
  author_id        uuid not null references app_user(id),
  body             bytea not null,
  created_at       timestamptz not null default now()
);
create index intel_investigation_note_by_investigation on intel_investigation_note (investigation_id, created_at);
