-- The append-only, hash-chained audit log. Each row's hash covers the previous row's hash, so an
-- edited, deleted or inserted row breaks the chain where it happened.
create table audit_event (
  id              bigserial primary key,
  occurred_at     timestamptz not null,
  actor           text not null,
  organization_id uuid,
  action          text not null,
  resource_type   text not null,
  resource_id     text,
  reason          text,
  prev_hash       bytea not null,
  hash            bytea not null
);
create index audit_event_by_actor on audit_event (actor, id desc);
create index audit_event_by_resource on audit_event (resource_type, resource_id, id desc);
create index audit_event_by_time on audit_event (occurred_at desc);

-- Defence in depth: the application never updates or deletes audit rows, and neither can its role
-- without first disabling these triggers (which itself needs the table owner).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
  for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_append_only();
