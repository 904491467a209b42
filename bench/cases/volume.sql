-- The synthetic volume of the cases benchmark (bench/cases/README.md): 300 service-provider organizations,
-- 100,000 cases, 1,000,000 notes, 200,000 referrals (each under its own consent), 1,100,399 timeline events.
-- Set-based (generate_series), run once by run.sh as the embedded server's superuser after the demo data,
-- in the same psql session as the bench_cipher table CaseCiphertexts wrote (real ciphertexts, spread by number).
-- Seeded: every id and every choice is a hash of :seed and the row's number, so two loads with the same seed
-- hold the same rows (timestamps are relative to the moment of the load). Every row is marked demo.
\set ON_ERROR_STOP on
\timing on
begin;

-- a deterministic "random" integer in [0, n) from a text: the first 32 bits of its md5
create function pg_temp.pick(t text, n int) returns int language sql immutable as
  $$ select (('x' || substr(md5(t), 1, 8))::bit(32)::bigint % n)::int $$;
create function pg_temp.uid(t text) returns uuid language sql immutable as $$ select md5(t)::uuid $$;

-- the 300 organizations that own cases: the demo service providers first (the one of the demo account
-- "caseworker" is number 0, so its share is known), then new ones up to 300
create temporary table bench_org (k int primary key, id uuid not null);
insert into bench_org
select row_number() over (order by (o.id = (select organization_id from app_user where username = 'caseworker')) desc,
                                   o.name) - 1, o.id
from organization o where o.type = 'SERVICE_PROVIDER' and o.active;
insert into organization (id, name, type, region, languages, active, demo)
select pg_temp.uid(:'seed' || '-org-' || k), 'Bench Survivor Services ' || lpad(k::text, 3, '0'), 'SERVICE_PROVIDER',
       (array['TORONTO', 'CENTRAL', 'EAST', 'WEST', 'NORTHEAST', 'NORTHWEST'])[1 + k % 6],
       case when k % 5 = 0 then '{en,fr}'::text[] else '{en}'::text[] end, true, true
from generate_series((select count(*)::int from bench_org), 299) k;
insert into bench_org
select k, pg_temp.uid(:'seed' || '-org-' || k) from generate_series((select count(*)::int from bench_org), 299) k;

-- four staff an organization: three case workers (w 0..2) and a supervisor (w 3); they never sign in (their
-- password hash is not a hash: nothing matches it). The demo accounts keep theirs.
insert into app_user (id, organization_id, username, display_name, password_hash, roles, demo)
select pg_temp.uid(:'seed' || '-user-' || o.k || '-' || w), o.id, 'bench-' || o.k || '-' || w,
       (case when w = 3 then 'Bench supervisor ' else 'Bench worker ' end) || o.k || '-' || w,
       '!no-sign-in', case when w = 3 then '{SUPERVISOR}'::text[] else '{CASE_WORKER}'::text[] end, true
from bench_org o cross join generate_series(0, 3) w;

-- 100,000 cases, case i owned by organization i % 300 (about 333 each). Status: half active, 15% follow-up,
-- 30% closed, 5% closed referred. Worker: one of the organization's three; in organization 0, three cases in ten
-- go to the demo account "caseworker" (about 100). Case 0 is the one with a 1,000-event timeline, caseworker's.
create temporary table bench_case as
select i, pg_temp.uid(:'seed' || '-case-' || i) as id, o.id as org,
       case when i = 0 or (o.k = 0 and pg_temp.pick(:'seed' || '-mine-' || i, 10) < 3)
            then (select id from app_user where username = 'caseworker')
            else pg_temp.uid(:'seed' || '-user-' || o.k || '-' || pg_temp.pick(:'seed' || '-w-' || i, 3)) end as worker,
       case when pg_temp.pick(:'seed' || '-second-' || i, 5) = 0
            then pg_temp.uid(:'seed' || '-user-' || o.k || '-' || (pg_temp.pick(:'seed' || '-w-' || i, 3) + 1) % 3)
       end as second_worker,
       case when i = 0 then 0 else pg_temp.pick(:'seed' || '-status-' || i, 100) end as s,
       now() - make_interval(days => 30 + pg_temp.pick(:'seed' || '-opened-' || i, 1065),
                             secs => pg_temp.pick(:'seed' || '-opened-s-' || i, 86400)) as opened_at
from generate_series(0, 99999) i join bench_org o on o.k = i % 300;
alter table bench_case add primary key (i);
alter table bench_case add column updated_at timestamptz;
-- the last activity: somewhere between the opening and now, recent for open cases
update bench_case set updated_at = case when i = 0 then now() - interval '1 hour'
    else opened_at + (now() - opened_at) * (case when s < 65 then 0.9 else 0.5 end
         + pg_temp.pick(:'seed' || '-updated-' || i, 1000) / 10000.0) end;
-- the same worker twice is one worker
update bench_case set second_worker = null where second_worker = worker;

insert into case_file (id, reference, organization_id, status, stage, origin, label, summary, opened_by,
                       opened_at, updated_at, closed_at, demo)
select c.id, 'B-' || lpad(c.i::text, 6, '0'), c.org,
       case when c.s < 50 then 'ACTIVE' when c.s < 65 then 'FOLLOW_UP' when c.s < 95 then 'CLOSED'
            else 'CLOSED_REFERRED' end,
       case when c.s < 50 then (array['OPEN', 'ASSESSMENT', 'PLANNING', 'SERVICES'])[1 + c.s % 4]
            when c.s < 65 then 'SERVICES' else 'CLOSURE' end,
       'DIRECT', l.value, case when c.i % 4 = 0 then null else m.value end, c.worker, c.opened_at, c.updated_at,
       case when c.s >= 65 then c.updated_at end, true
from bench_case c
join bench_cipher l on l.kind = 'label' and l.n = c.i % 1000
join bench_cipher m on m.kind = 'summary' and m.n = c.i % 100;

insert into case_worker (case_id, user_id, assigned_at)
select id, worker, opened_at from bench_case
union all
select id, second_worker, opened_at + interval '1 day' from bench_case where second_worker is not null;

-- 1,000,000 notes: 600 on case 0, the others spread evenly over cases 1..99999 (ten a case on average);
-- 85% standard, 12% sensitive, 3% restricted; written by the case's first worker during its life
insert into case_note (id, case_id, body, sensitivity, author_id, written_at, demo)
select pg_temp.uid(:'seed' || '-note-' || j), c.id, b.value,
       case when pg_temp.pick(:'seed' || '-sens-' || j, 100) < 85 then 'STANDARD'
            when pg_temp.pick(:'seed' || '-sens-' || j, 100) < 97 then 'SENSITIVE' else 'RESTRICTED' end,
       c.worker,
       c.opened_at + (c.updated_at - c.opened_at) * (pg_temp.pick(:'seed' || '-at-' || j, 10000) / 10000.0),
       true
from generate_series(0, 999999) j
join bench_case c on c.i = case when j < 600 then 0 else 1 + pg_temp.pick(:'seed' || '-note-case-' || j, 99999) end
join bench_cipher b on b.kind = 'note' and b.n = j % 1000;

-- the timeline: every case opened, every note added, and 399 more moves on case 0 (1,000 events in all there)
insert into case_event (id, case_id, kind, actor_id, at)
select pg_temp.uid(:'seed' || '-opened-event-' || i), id, 'OPENED', worker, opened_at from bench_case;
insert into case_event (id, case_id, kind, record_id, actor_id, at)
select pg_temp.uid(:'seed' || '-note-event-' || n.id), n.case_id, 'NOTE_ADDED', n.id, n.author_id, n.written_at
from case_note n join bench_case c on c.id = n.case_id;
insert into case_event (id, case_id, kind, actor_id, at)
select pg_temp.uid(:'seed' || '-move-' || e), c.id,
       (array['STAGE_ASSESSMENT', 'STAGE_PLANNING', 'STAGE_SERVICES', 'CONSENT_RECORDED', 'WORKER_ASSIGNED',
              'SAFETY_PLAN_UPDATED', 'NEEDS_ASSESSED', 'SERVICE_PLANNED', 'SERVICE_STATUS_CHANGED', 'TASK_ADDED',
              'TASK_DONE', 'DOCUMENT_ADDED', 'APPROVAL_REQUESTED', 'APPROVAL_GRANTED'])[1 + e % 14],
       c.worker, c.opened_at + (c.updated_at - c.opened_at) * (e / 400.0)
from generate_series(1, 399) e join bench_case c on c.i = 0;

-- 200,000 referrals, each from a case to a directory service run by another of the 300 organizations (about
-- 667 received and 667 sent by each), under a consent recorded for that organization. Status: 3% drafts, then
-- sent, received, accepted, declined, wait-listed, completed, revoked; one in five urgent (due in a day, else
-- in a week).
create temporary table bench_service as
select row_number() over (order by id) - 1 as n, id from dir_service;
insert into bench_service
select 0, pg_temp.uid(:'seed' || '-service') where not exists (select 1 from bench_service);
create temporary table bench_referral as
select j, pg_temp.uid(:'seed' || '-referral-' || j) as id, pg_temp.uid(:'seed' || '-consent-' || j) as consent,
       c.id as case_id, c.org as sender, c.worker,
       (select o.id from bench_org o
        where o.k = (c.i % 300 + 1 + pg_temp.pick(:'seed' || '-to-' || j, 299)) % 300) as receiver,
       pg_temp.pick(:'seed' || '-rstatus-' || j, 100) as s,
       pg_temp.pick(:'seed' || '-urgent-' || j, 5) = 0 as urgent,
       c.opened_at + (c.updated_at - c.opened_at) * (pg_temp.pick(:'seed' || '-rat-' || j, 10000) / 10000.0)
         as created_at
from generate_series(0, 199999) j
join bench_case c on c.i = pg_temp.pick(:'seed' || '-rcase-' || j, 100000);

insert into case_consent (id, case_id, given_by, categories, recipient_org_id, purpose, valid_from, valid_until,
                          manner, recorded_by, recorded_at)
select r.consent, r.case_id, 'PERSON', '{IDENTITY,CONTACT,CASE_SUMMARY}', r.receiver, p.value,
       (r.created_at - interval '1 hour')::date, case when r.j % 3 = 0 then (r.created_at + interval '1 year')::date end,
       'WRITTEN', r.worker, r.created_at - interval '1 hour'
from bench_referral r join bench_cipher p on p.kind = 'purpose' and p.n = r.j % 20;

insert into referral (id, case_id, sender_org_id, receiving_org_id, service_id, basis, consent_id, categories,
                      urgency, status, due_at, created_by, created_at, updated_at, demo)
select r.id, r.case_id, r.sender, r.receiver, s.id, 'CONSENT', r.consent, '{IDENTITY,CONTACT,CASE_SUMMARY}',
       case when r.urgent then 'URGENT' else 'ROUTINE' end,
       case when r.s < 3 then 'DRAFT' when r.s < 18 then 'SENT' when r.s < 33 then 'RECEIVED'
            when r.s < 53 then 'ACCEPTED' when r.s < 60 then 'DECLINED' when r.s < 65 then 'WAIT_LISTED'
            when r.s < 95 then 'COMPLETED' else 'REVOKED' end,
       case when r.s >= 3 then r.created_at + case when r.urgent then interval '1 day' else interval '7 days' end end,
       r.worker, r.created_at, r.created_at + case when r.s < 18 then interval '0' else interval '2 days' end, true
from bench_referral r
join bench_service s on s.n = r.j % (select count(*) from bench_service);

commit;
analyze;
select (select count(*) from organization) as organizations, (select count(*) from app_user) as users,
       (select count(*) from case_file) as cases, (select count(*) from case_note) as notes,
       (select count(*) from case_event) as events, (select count(*) from referral) as referrals,
       (select count(*) from case_consent) as consents;
