-- Keyed audit links. A row written from now on names the key-ring key whose derived audit key made its
-- HMAC-SHA-256 link (the key itself is never in the database). Rows from before keep a null key id and
-- their plain SHA-256 links: the verifier checks them as before, accepts them only before the first keyed
-- row, and the checkpoints kept outside the database pin the head, so re-chaining the table with plain
-- hashes is detected.
alter table audit_event add column key_id text;
-- The ids a list or search showed, space-separated and bounded (covered by the row's link).
alter table audit_event add column shown_ids text;
