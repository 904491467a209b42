-- Case flow: a case's tasks (with due dates, for reminders), its documents, and the approvals a supervisor gives
-- (the case plan, the closure). Personal text (a task's title, a document's name and content, what a request and a
-- decision say) is encrypted; codes, dates and ids stay in clear so that lists are filtered by the access rules in SQL.
create table case_task (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  title                bytea not null,
  due_on               date not null,
  assignee_id          uuid not null references app_user(id),
  created_by           uuid not null references app_user(id),
  created_at           timestamptz not null,
  done_at              timestamptz,
  done_by              uuid references app_user(id),
  demo                 boolean not null default false,
  check ((done_at is null) = (done_by is null))
);
-- a case's open tasks by due date, and "my tasks": the open tasks of an assignee by due date
create index case_task_case on case_task (case_id, due_on);
create index case_task_assignee_open on case_task (assignee_id, due_on) where done_at is null;

create table case_document (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  kind                 text not null
                         check (kind in ('ID_DOCUMENT', 'CONSENT_FORM', 'COURT_DOCUMENT', 'MEDICAL', 'OTHER')),
  file_name            bytea not null,
  content_type         text not null check (content_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  size_bytes           bigint not null check (size_bytes > 0),
  content              bytea not null,
  uploaded_by          uuid not null references app_user(id),
  uploaded_at          timestamptz not null,
  demo                 boolean not null default false
);
create index case_document_case on case_document (case_id, uploaded_at desc);

create table case_approval (
  id                   uuid primary key,
  case_id              uuid not null references case_file(id) on delete cascade,
  kind                 text not null check (kind in ('CASE_PLAN', 'CLOSURE')),
  state                text not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED')),
  closing_status       text check (closing_status in ('CLOSED', 'CLOSED_REFERRED')),
  reason               bytea,
  requested_by         uuid not null references app_user(id),
  requested_at         timestamptz not null,
  decided_by           uuid references app_user(id),
  decided_at           timestamptz,
  comment              bytea,
  demo                 boolean not null default false,
  check ((kind = 'CLOSURE') = (closing_status is not null)),
  check ((state = 'PENDING') = (decided_at is null)),
  check (decided_by is null or decided_by <> requested_by)
);
-- one open request per kind and case
create unique index case_approval_one_pending on case_approval (case_id, kind) where state = 'PENDING';
create index case_approval_case on case_approval (case_id, requested_at desc);
create index case_approval_pending on case_approval (requested_at) where state = 'PENDING';
