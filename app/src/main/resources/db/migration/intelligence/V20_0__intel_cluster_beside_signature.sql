-- An ad's near-duplicate cluster moves from intel_ad to its signature's row. Clustering reads the cluster of every
-- candidate with its MinHash, so that a candidate whose cluster the new ad has already joined is not compared again;
-- and joining a cluster rewrites a narrow row instead of the whole encrypted ad and its five index entries. Only a
-- signed ad can be in a cluster, so no membership is lost.
alter table intel_ad_signature add column cluster_id uuid;
update intel_ad_signature s set cluster_id = a.cluster_id
  from intel_ad a where a.id = s.ad_id and a.cluster_id is not null;
create index intel_ad_signature_cluster on intel_ad_signature (cluster_id);
alter table intel_ad drop column cluster_id;
