-- Contacts that need follow-up join the advocates' live queue beside tips, with the same states:
-- waiting, claimed by one advocate (atomically), closed. A completed contact needs follow-up while
-- its follow-up task is set or triage marked it urgent, until it is closed in the queue.
alter table contact add column queue_status text not null default 'WAITING'
  check (queue_status in ('WAITING', 'CLAIMED', 'CLOSED'));
alter table contact add column claimed_by uuid references app_user(id);
alter table contact add column claimed_by_name text;
alter table contact add column claimed_at timestamptz;
-- the same order as Urgency.rank(), so the queue sorts in SQL as tips do
alter table contact add column urgency_rank int generated always as (
  case urgency when 'IMMINENT' then 0 when 'MINOR_AT_RISK' then 1 when 'RECENT' then 2 else 3 end) stored;
create index contact_queue on contact (queue_status, urgency_rank, started_at) where status = 'COMPLETE';
