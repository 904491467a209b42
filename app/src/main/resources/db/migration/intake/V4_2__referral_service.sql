-- A referral records which directory service was given (no foreign key: a directory re-import may
-- replace services, and the name given at the time is kept in detail).
alter table contact_action add column service_id uuid;
