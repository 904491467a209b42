-- An ad's row is written again after its import: its cluster when a near duplicate joins it, its flags when its
-- phone or its template reaches more ads (at the end of every later import that adds some). With full pages each
-- such update moved the row to another page and wrote a new entry in each of the table's five indexes; a fifth of
-- every page left free keeps the updates of unindexed columns (flags, their evidence) on the page, without index
-- writes (PostgreSQL's heap-only tuples).
alter table intel_ad set (fillfactor = 80);
