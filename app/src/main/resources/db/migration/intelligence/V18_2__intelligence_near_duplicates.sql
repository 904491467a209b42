-- What near-duplicate clustering keeps between imports, so that each batch of ads is compared with the ads
-- already there without reading their text again: each ad's MinHash signature of its masked text (64 values,
-- 256 bytes), and its LSH band keys (8 per ad; a key folds in the police service, so services never meet).
create table intel_ad_signature (
  ad_id           uuid primary key references intel_ad(id) on delete cascade,
  police_org_id   uuid not null references organization(id),
  minhash         bytea not null
);

-- One row per band key of an ad. No foreign key (it would be checked on each of millions of rows and needs an
-- index by ad to cascade): a key left by a deleted ad finds no signature and is skipped.
create table intel_ad_band (
  band            bigint not null,
  ad_id           uuid not null,
  primary key (band, ad_id)
);
