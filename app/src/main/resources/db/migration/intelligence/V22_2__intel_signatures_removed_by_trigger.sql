-- An ad's signature no longer checks its ad as it is written, for the reason V22_1 gives for links: a million checks
-- for a million ads, each a lock on the ad's row, which another transaction (the import's) has just written. The
-- signature is written by the clustering that follows the import, with the ids of the ads it has just read. When
-- ads are removed their signatures still go with them, once per statement, as the key's cascade did.
alter table intel_ad_signature drop constraint intel_ad_signature_ad_id_fkey;

create function intel_ad_removed() returns trigger language plpgsql as $$
begin
  delete from intel_ad_signature s using removed r where s.ad_id = r.id;
  return null;
end $$;
create trigger intel_ad_removed after delete on intel_ad
  referencing old table as removed for each statement execute function intel_ad_removed();
