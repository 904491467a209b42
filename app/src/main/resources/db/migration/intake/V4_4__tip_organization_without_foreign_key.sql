-- Every public tip goes to the hotline organization. The foreign key's check took a shared lock on that
-- one organization row for each concurrent insert, so under load PostgreSQL turned those locks into
-- multixacts: about half of its CPU per tip (measured with 1,000 tips/s: 66% of a core with the key,
-- 36% without). Organizations are never deleted (they are deactivated), and the application only ever
-- stores the id of an existing hotline, so the key guarded against nothing that can happen.
alter table tip drop constraint tip_organization_id_fkey;
