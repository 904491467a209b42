-- A link, and an ad, no longer check their entity as each row is written. An import of a million ads wrote 1.7
-- million links and a million ads: 4.4 million checks, each a query and a lock on the entity's row (bench/
-- intelligence/row-checks.sh: 3 to 6 µs each on their own). The ids written are always ones the writer has just
-- upserted or read in the same transaction (Entities.upsert, NearDuplicates, EntityResolution, TipGraph).
-- What the keys also did stays: when entities are removed, their ads and the links from or to them go with them,
-- once per statement. A link written by a transaction that has not yet committed when its entity is removed by
-- another could outlive it; nothing removes entities while imports run (no application code removes them today),
-- and every read reaches a link through its entities.
alter table intel_link drop constraint intel_link_from_id_fkey;
alter table intel_link drop constraint intel_link_to_id_fkey;
alter table intel_ad drop constraint intel_ad_id_fkey;

create function intel_entity_removed() returns trigger language plpgsql as $$
begin
  delete from intel_link l using removed r where l.from_id = r.id;
  delete from intel_link l using removed r where l.to_id = r.id;
  delete from intel_ad a using removed r where a.id = r.id;
  return null;
end $$;
create trigger intel_entity_removed after delete on intel_entity
  referencing old table as removed for each statement execute function intel_entity_removed();
