-- The tables an ad import writes by the million no longer check each row's police service (and an ad's import)
-- against its table. Each check is a query and a row lock per row written: 5.3 million of them for a million ads,
-- 3 to 6 µs each on their own (bench/intelligence/row-checks.sh) and about 7 µs within an import: the statements
-- writing entities, ads and signatures took 39 s less of the database's time without them (pg_stat_statements,
-- bench/intelligence/RESULTS.md, 2026-12-06 10:40 and 11:17).
-- Little is lost: the service written is never a value from a request but the signed-in officer's own or a tip's
-- (police_tip keeps its key), organisations and imports are never deleted, and every read is scoped by the
-- service, so a row with a wrong one would be hidden, never shown to another service. The keys that cascade an
-- ad's or an entity's removal (an ad to its entity, a signature to its ad, a link to its ends) stay.
alter table intel_entity drop constraint intel_entity_police_org_id_fkey;
alter table intel_ad drop constraint intel_ad_police_org_id_fkey;
alter table intel_ad drop constraint intel_ad_import_id_fkey;
alter table intel_ad_signature drop constraint intel_ad_signature_police_org_id_fkey;
