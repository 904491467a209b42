-- A flood of "danger now" tips beyond the configured rate is stored and acknowledged as usual but held
-- for review (HELD) instead of going to the top of the urgent queue. A reviewer moves each held tip into
-- the queue (WAITING, where its original receipt time keeps its place) or dismisses it (DISMISSED: kept,
-- never deleted, out of every list).
alter table tip drop constraint tip_status_check;
alter table tip add constraint tip_status_check check (status in ('WAITING', 'CLAIMED', 'CLOSED', 'HELD', 'DISMISSED'));
