-- Failed sign-ins per subject, for growing delays instead of a lockout anyone could trigger. A subject
-- is a keyed hash (LookupHash) of "account:" + the username typed, or of "address:" + the client address
-- (an IPv6 address by its /64): known and unknown usernames are counted by the same statements, and
-- neither a username nor an address is kept in clear.
create table sign_in_throttle (
  subject      bytea primary key,
  failures     int not null check (failures >= 0),
  wait_until   timestamptz,          -- no attempt for this subject is checked before then
  last_failure timestamptz not null  -- failures older than the configured memory are forgotten
);
create index sign_in_throttle_by_last_failure on sign_in_throttle (last_failure);
