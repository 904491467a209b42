-- Bumped by every change that must end a person's open sessions (deactivation, roles, organization,
-- password, second factor). A session remembers the value it signed in with and ends when it differs.
alter table app_user add column security_version bigint not null default 0;
