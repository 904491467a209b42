-- HSDS 3.0 phones carry an extension; supervisors edit it with the number.
alter table dir_phone add column extension text check (extension ~ '^[0-9]{1,10}$');
