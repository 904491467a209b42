-- Each signed ad's shingles (the 32-bit hashes of its masked text's word pairs, sorted, encrypted like the text
-- they come from), so that a candidate pair is linked on the exact Jaccard of its shingles rather than on the
-- MinHash estimate, which lets unrelated ads through by chance at a million ads. Null for an ad signed before
-- this column: its shingles are made from its text the first time it is a candidate.
alter table intel_ad_signature add column shingles bytea;
