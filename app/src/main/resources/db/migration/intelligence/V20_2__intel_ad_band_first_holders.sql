-- A band key keeps its first 16 holders (AdSignatures.PER_BAND), the only ones clustering reads: the others were
-- written and never read, and keeping the key's holders few lets clustering read all of a batch's keys in one
-- index scan instead of one limited look-up per key. The first holders are the ones with the least ids, which the
-- reads returned until now.
delete from intel_ad_band b
 using (select band, ad_id, row_number() over (partition by band order by ad_id) as n from intel_ad_band) x
 where x.n > 16 and b.band = x.band and b.ad_id = x.ad_id;
