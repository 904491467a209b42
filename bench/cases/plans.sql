-- The plans of the benchmark's queries, written as the application builds them (bench/cases/README.md says from
-- which files): the case list's count and page with the permission predicate of AccessPolicy.predicate and the
-- list's filters, the case page's timeline, and the referral inbox. Values are bound as literals here (psql
-- variables), which gives the plan a custom prepared statement gets too.
\set ON_ERROR_STOP on
select u.id as me, u.organization_id as org from app_user u where u.username = 'caseworker' \gset
select u.id as sup, u.organization_id as suporg from app_user u where u.username = 'supervisor' \gset
select c.id as big from case_file c where c.reference = 'B-000000' \gset

\echo '=== 1. case worker, my cases (/cases, view=mine): CASE:READ in ORGANIZATION scope + the mine filter: count'
explain (analyze, buffers, costs off)
select count(*) from case_file c
where c.organization_id = :'org'
  and true and exists (select 1 from case_worker m where m.case_id = c.id and m.user_id = :'me');

\echo '=== 2. case worker, my cases: the first page of 25'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where c.organization_id = :'org'
  and true and exists (select 1 from case_worker m where m.case_id = c.id and m.user_id = :'me')
order by c.updated_at desc, c.id limit 25 offset 0;

\echo '=== 3. case worker, the ASSIGNED scope predicate alone (CASE:UPDATE / CASE:EXPORT of a case worker): page'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where (exists (select 1 from case_worker w where w.case_id = c.id and w.user_id = :'me'))
  and true
order by c.updated_at desc, c.id limit 25 offset 0;

\echo '=== 4. case worker, organization + status=ACTIVE (/cases?view=organization&status=ACTIVE): count'
explain (analyze, buffers, costs off)
select count(*) from case_file c where c.organization_id = :'org' and true and c.status = 'ACTIVE';

\echo '=== 5. case worker, organization + status=ACTIVE: the first page of 25'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where c.organization_id = :'org' and true and c.status = 'ACTIVE'
order by c.updated_at desc, c.id limit 25 offset 0;

\echo '=== 6. supervisor, the whole organization (/cases?view=organization): count'
explain (analyze, buffers, costs off)
select count(*) from case_file c where c.organization_id = :'suporg' and true;

\echo '=== 7. supervisor, the whole organization: the first page of 25'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where c.organization_id = :'suporg' and true
order by c.updated_at desc, c.id limit 25 offset 0;

\echo '=== 8. supervisor, the whole organization, last page (offset 325)'
explain (analyze, buffers, costs off)
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where c.organization_id = :'suporg' and true
order by c.updated_at desc, c.id limit 25 offset 325;

\echo '=== 9. the case page of the 1,000-event case: its timeline (200 shown, newest first)'
explain (analyze, buffers, costs off)
select id, kind, record_id, actor_id, at from case_event where case_id = :'big'
order by at desc, id limit 200;

\echo '=== 10. the case page: the kinds its timeline filter offers'
explain (analyze, buffers, costs off)
select distinct kind from case_event where case_id = :'big' order by kind;

\echo '=== 11. referral inbox, incoming (REFERRAL:READ in ORGANIZATION scope on r.receiving_org_id, no drafts)'
explain (analyze, buffers, costs off)
select r.id, r.case_id, r.sender_org_id, r.receiving_org_id, r.service_id, r.basis, r.consent_id,
       r.exception_reason, r.categories, r.urgency, r.status, r.consent_ended, r.linked_case_id, r.due_at,
       r.created_by, r.created_at, r.updated_at, r.demo
from referral r
where (r.receiving_org_id = :'org' and r.status <> 'DRAFT')
order by r.created_at desc, r.id limit 25 offset 0;

\echo '=== 12. referral inbox, outgoing (r.sender_org_id)'
explain (analyze, buffers, costs off)
select r.id, r.case_id, r.sender_org_id, r.receiving_org_id, r.service_id, r.basis, r.consent_id,
       r.exception_reason, r.categories, r.urgency, r.status, r.consent_ended, r.linked_case_id, r.due_at,
       r.created_by, r.created_at, r.updated_at, r.demo
from referral r
where r.sender_org_id = :'org'
order by r.created_at desc, r.id limit 25 offset 0;

\echo '=== 13. the notes page of the 1,000-event case (casework: every note of the case, 600 here)'
explain (analyze, buffers, costs off)
select n.id, n.case_id, n.body, n.sensitivity, n.corrects, n.author_id, coalesce(u.display_name, ''), n.written_at
from case_note n left join app_user u on u.id = n.author_id
where n.case_id = :'big' order by n.written_at desc, n.id desc;

-- The driver prepares a statement on the server from its fifth use, and PostgreSQL may then keep one generic plan
-- for every value: the plans it would choose without seeing the values.
set plan_cache_mode = force_generic_plan;
prepare mine_page(uuid, uuid, int, int) as
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where c.organization_id = $1
  and true and exists (select 1 from case_worker m where m.case_id = c.id and m.user_id = $2)
order by c.updated_at desc, c.id limit $3 offset $4;
prepare org_status_page(uuid, text, int, int) as
select c.id, c.reference, c.organization_id,
       array(select w.user_id from case_worker w where w.case_id = c.id order by w.assigned_at) as workers,
       c.status, c.stage, c.origin, c.source_id, c.label, c.summary, c.exploitation_types,
       c.means_of_control, c.opened_at, c.updated_at, c.demo
from case_file c
where c.organization_id = $1 and true and c.status = $2
order by c.updated_at desc, c.id limit $3 offset $4;
prepare org_count(uuid) as select count(*) from case_file c where c.organization_id = $1 and true;
prepare inbox(uuid, int) as
select r.id, r.case_id, r.sender_org_id, r.receiving_org_id, r.service_id, r.basis, r.consent_id,
       r.exception_reason, r.categories, r.urgency, r.status, r.consent_ended, r.linked_case_id, r.due_at,
       r.created_by, r.created_at, r.updated_at, r.demo
from referral r
where (r.receiving_org_id = $1 and r.status <> 'DRAFT')
order by r.created_at desc, r.id limit $2;
prepare timeline(uuid, int) as
select id, kind, record_id, actor_id, at from case_event where case_id = $1 order by at desc, id limit $2;

\echo '=== 14. generic plan: case worker, my cases, first page'
explain (analyze, buffers, costs off) execute mine_page(:'org', :'me', 25, 0);
\echo '=== 15. generic plan: organization + status=ACTIVE, first page'
explain (analyze, buffers, costs off) execute org_status_page(:'org', 'ACTIVE', 25, 0);
\echo '=== 16. generic plan: supervisor, the organization''s count'
explain (analyze, buffers, costs off) execute org_count(:'suporg');
\echo '=== 17. generic plan: referral inbox, incoming'
explain (analyze, buffers, costs off) execute inbox(:'org', 25);
\echo '=== 18. generic plan: the timeline of the 1,000-event case'
explain (analyze, buffers, costs off) execute timeline(:'big', 200);
\echo '=== 19. referral inbox, incoming: the count its pager shows (Referrals.count)'
explain (analyze, buffers, costs off)
select count(*) from referral r where (r.receiving_org_id = :'org' and r.status <> 'DRAFT');
\echo '=== 20. referral inbox, outgoing: the count its pager shows'
explain (analyze, buffers, costs off)
select count(*) from referral r where r.sender_org_id = :'org';
