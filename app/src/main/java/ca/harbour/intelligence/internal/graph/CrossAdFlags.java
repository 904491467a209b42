package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.ads.CrossAdFlag;
import java.util.List;
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

    public static final String SHARED_PHONE = CrossAdFlag.MANY_ADS_ONE_PHONE.name();
    public static final String TEMPLATE_CITIES = CrossAdFlag.TEMPLATE_MANY_CITIES.name();
    public static final String MOVEMENT = CrossAdFlag.MOVES_BETWEEN_CITIES.name();

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

    /**
     * Phones or clusters flagged in one statement: the statement is given their ids, so the planner knows how
     * many rows it joins (a fresh import's ads have no statistics yet, and one statement over the whole import was
     * planned as a nested loop over every link, 72 s for 50,000 ads).
     */
    static final int CHUNK = 5000;

    /**
     * Flags the ads reached by the import's phones and clusters; answers how many ad updates were made (an ad
     * taking both a phone's flag and its cluster's counts twice).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int apply(UUID importId, UUID policeOrg) {
        List<UUID> phones = jdbc.sql("""
                select distinct l.to_id
                  from intel_ad a join intel_link l on l.from_id = a.id and l.kind = 'MENTIONS'
                  join intel_entity e on e.id = l.to_id and e.kind = 'PHONE'
                 where a.import_id = :import and a.police_org_id = :org""")
                .param("import", importId)
                .param("org", policeOrg)
                .query(UUID.class)
                .list();
        List<UUID> clusters = jdbc.sql("""
                select distinct cluster_id from intel_ad
                 where import_id = :import and police_org_id = :org and cluster_id is not null""")
                .param("import", importId)
                .param("org", policeOrg)
                .query(UUID.class)
                .list();
        int updates = 0;
        for (int i = 0; i < phones.size(); i += CHUNK) {
            updates += byPhone(policeOrg, phones.subList(i, Math.min(phones.size(), i + CHUNK)));
        }
        for (int i = 0; i < clusters.size(); i += CHUNK) {
            updates += byCluster(policeOrg, clusters.subList(i, Math.min(clusters.size(), i + CHUNK)));
        }
        return updates;
    }

    /** Many ads on one phone, and one phone moving between cities: the ads of these phones that take a flag. */
    private int byPhone(UUID policeOrg, List<UUID> phones) {
        return jdbc.sql("""
                with stats as (
                  select l.to_id as phone, count(*) as ads, count(distinct lower(a.city)) as cities,
                         coalesce(extract(day from max(a.posted_at) - min(a.posted_at)), 0)::int as days
                    from intel_link l join intel_ad a on a.id = l.from_id
                   where l.to_id = any(:phones) and l.kind = 'MENTIONS'
                   group by l.to_id),
                by_ad as (
                  select l.from_id as ad,
                         max(s.ads) filter (where s.ads >= :phoneAds) as ads,
                         max(s.cities) filter (where s.cities >= :movementCities and s.days >= :movementDays)
                           as cities,
                         max(s.days) filter (where s.cities >= :movementCities and s.days >= :movementDays) as days
                    from stats s join intel_link l on l.to_id = s.phone and l.kind = 'MENTIONS'
                   where s.ads >= :phoneAds or (s.cities >= :movementCities and s.days >= :movementDays)
                   group by l.from_id),
                found as (
                  select ad, jsonb_strip_nulls(jsonb_build_object(
                           cast(:shared as text), case when ads is not null then jsonb_build_object('ads', ads) end,
                           cast(:movement as text), case when cities is not null
                                        then jsonb_build_object('cities', cities, 'days', days) end)) as evidence
                    from by_ad)
                """ + UPDATE)
                .param("phones", phones.toArray(UUID[]::new))
                .param("org", policeOrg)
                .param("shared", SHARED_PHONE)
                .param("movement", MOVEMENT)
                .param("phoneAds", PHONE_ADS)
                .param("movementCities", MOVEMENT_CITIES)
                .param("movementDays", MOVEMENT_DAYS)
                .update();
    }

    /** One template in many cities: the ads of these clusters that take the flag. */
    private int byCluster(UUID policeOrg, List<UUID> clusters) {
        return jdbc.sql("""
                with stats as (
                  select cluster_id, count(*) as ads, count(distinct lower(city)) as cities
                    from intel_ad where cluster_id = any(:clusters)
                   group by cluster_id),
                found as (
                  select a.id as ad, jsonb_build_object(cast(:template as text),
                           jsonb_build_object('ads', s.ads, 'cities', s.cities)) as evidence
                    from stats s join intel_ad a on a.cluster_id = s.cluster_id
                   where s.cities >= :templateCities)
                """ + UPDATE)
                .param("clusters", clusters.toArray(UUID[]::new))
                .param("org", policeOrg)
                .param("template", TEMPLATE_CITIES)
                .param("templateCities", TEMPLATE_CITY_COUNT)
                .update();
    }

    /** Adds each found ad's flags and evidence to its own, keeping what it had; an ad already so flagged is left. */
    private static final String UPDATE = """
            update intel_ad a
               set flags = a.flags || array(select k from jsonb_object_keys(f.evidence) k
                                             where not k = any(a.flags)),
                   flag_evidence = a.flag_evidence || f.evidence
              from found f
             where a.id = f.ad and a.police_org_id = :org and f.evidence <> '{}'::jsonb
               and not a.flag_evidence @> f.evidence""";
}
