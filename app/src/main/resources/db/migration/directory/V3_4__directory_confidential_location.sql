-- A service whose location must stay secret (a shelter): its street address is shown to signed-in
-- staff only; public pages, search and the HSDS API give its town and say the address is shared by phone.
alter table dir_service add column confidential_location boolean not null default false;
