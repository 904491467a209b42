package ca.harbour.intelligence.internal.graph;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator flags that no single ad shows, added after an import is clustered to the ads its phones and clusters
 * reach (old ones too): many ads sharing one phone, one text template in many cities, and one phone moving
 * between cities over weeks. Each flag's evidence is numbers (ads, cities, days); the ad's own flags are kept.
 * The thresholds are constants, there being no intelligence settings record to hold them.
 */
@Service
public class CrossAdFlags {

    public static final String SHARED_PHONE = "MANY_ADS_ONE_PHONE";
    public static final String TEMPLATE_CITIES = "TEMPLATE_MANY_CITIES";
    public static final String MOVEMENT = "MOVES_BETWEEN_CITIES";

    /**
     * Ads naming one phone before it is a flag: one person reposting a few ads is ordinary; five or more on one
     * number is what the indicator lists call an organised pattern (and a planted network has more).
     */
    static final int PHONE_ADS = 5;

    /** Cities of one template's ads: the same text in three cities is more than one person's reposting. */
    static final int TEMPLATE_CITY_COUNT = 3;

    /** Cities of one phone's ads, and days between its first and last ad, for movement (a circuit over weeks). */
    static final int MOVEMENT_CITIES = 2;

    static final int MOVEMENT_DAYS = 7;

    private final JdbcClient jdbc;

    CrossAdFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Flags the ads reached by the import's phones and clusters; answers how many ads took a flag. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int apply(UUID importId, UUID policeOrg) {
        return jdbc.sql("""
                with phones as (
                  select distinct l.to_id as phone
                    from intel_ad a join intel_link l on l.from_id = a.id and l.kind = 'MENTIONS'
                    join intel_entity e on e.id = l.to_id and e.kind = 'PHONE'
                   where a.import_id = :import and a.police_org_id = :org),
                phone_stats as (
                  select l.to_id as phone, count(*) as ads, count(distinct lower(a.city)) as cities,
                         coalesce(extract(day from max(a.posted_at) - min(a.posted_at)), 0)::int as days
                    from phones p join intel_link l on l.to_id = p.phone and l.kind = 'MENTIONS'
                    join intel_ad a on a.id = l.from_id
                   group by l.to_id),
                flagged_phones as (
                  select * from phone_stats
                   where ads >= :phoneAds or (cities >= :movementCities and days >= :movementDays)),
                by_phone as (
                  select l.from_id as ad,
                         max(s.ads) filter (where s.ads >= :phoneAds) as ads,
                         max(s.cities) filter (where s.cities >= :movementCities and s.days >= :movementDays)
                           as cities,
                         max(s.days) filter (where s.cities >= :movementCities and s.days >= :movementDays) as days
                    from flagged_phones s join intel_link l on l.to_id = s.phone and l.kind = 'MENTIONS'
                   group by l.from_id),
                clusters as (
                  select distinct cluster_id from intel_ad
                   where import_id = :import and police_org_id = :org and cluster_id is not null),
                by_cluster as (
                  select a.id as ad, s.ads, s.cities
                    from (select a.cluster_id, count(*) as ads, count(distinct lower(a.city)) as cities
                            from clusters c join intel_ad a on a.cluster_id = c.cluster_id
                           group by a.cluster_id) s
                    join intel_ad a on a.cluster_id = s.cluster_id
                   where s.cities >= :templateCities),
                found as (
                  select coalesce(p.ad, c.ad) as ad,
                         jsonb_strip_nulls(jsonb_build_object(
                           cast(:shared as text), case when p.ads is not null then jsonb_build_object('ads', p.ads) end,
                           cast(:movement as text), case when p.cities is not null
                                        then jsonb_build_object('cities', p.cities, 'days', p.days) end,
                           cast(:template as text), case when c.ad is not null
                                        then jsonb_build_object('ads', c.ads, 'cities', c.cities) end)) as evidence
                    from by_phone p full join by_cluster c on c.ad = p.ad)
                update intel_ad a
                   set flags = a.flags || array(select k from jsonb_object_keys(f.evidence) k
                                                 where not k = any(a.flags)),
                       flag_evidence = a.flag_evidence || f.evidence
                  from found f
                 where a.id = f.ad and a.police_org_id = :org and f.evidence <> '{}'::jsonb
                   and not a.flag_evidence @> f.evidence""")
                .param("import", importId)
                .param("org", policeOrg)
                .param("shared", SHARED_PHONE)
                .param("movement", MOVEMENT)
                .param("template", TEMPLATE_CITIES)
                .param("phoneAds", PHONE_ADS)
                .param("movementCities", MOVEMENT_CITIES)
                .param("movementDays", MOVEMENT_DAYS)
                .param("templateCities", TEMPLATE_CITY_COUNT)
                .update();
    }
}
