create table organization (
  id          uuid primary key,
  name        text not null check (length(name) between 1 and 200),
  type        text not null,
  region      text not null,
  languages   text[] not null default '{}',
  active      boolean not null default true,
  demo        boolean not null default false,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create unique index organization_name_unique on organization (lower(name));

create table app_user (
  id                   uuid primary key,
  organization_id      uuid not null references organization(id),
  username             text not null check (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name         text not null check (length(display_name) between 1 and 200),
  email                text,
  phone_cipher         bytea,          -- personal: AES-GCM, context users.phone
  phone_hash           bytea,          -- keyed hash of the normalised phone, for exact lookups
  password_hash        text not null,
  must_change_password boolean not null default false,
  roles                text[] not null default '{}',
  preferred_language   text not null default 'en' check (preferred_language in ('en', 'fr')),
  totp_secret_cipher   bytea,          -- AES-GCM, context users.totp_secret
  totp_enabled         boolean not null default false,
  totp_last_step       bigint,         -- last accepted time step: a code is never accepted twice
  failed_attempts      int not null default 0,
  locked_until         timestamptz,
  active               boolean not null default true,
  demo                 boolean not null default false,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now()
);
create unique index app_user_username_unique on app_user (username);
create index app_user_by_organization on app_user (organization_id);
create index app_user_by_phone_hash on app_user (phone_hash);

create table recovery_code (
  user_id   uuid not null references app_user(id) on delete cascade,
  code_hash bytea not null,
  used_at   timestamptz,
  primary key (user_id, code_hash)
);
