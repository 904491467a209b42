-- When an ad last joined or changed cluster. The template flag of a cluster that already had it is then added only
-- to the ads that joined it since the import began, not looked for on every ad of every cluster the import
-- reached: on a million synthetic ads the last import of 100,000 read 223,582 ads of flagged clusters to find none
-- without the flag. Ads clustered before this column have their flags already, and no time.
alter table intel_ad_signature add column clustered_at timestamptz;
drop index intel_ad_signature_cluster;
create index intel_ad_signature_cluster on intel_ad_signature (cluster_id, clustered_at);
