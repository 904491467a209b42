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
        int changed = 0;
        changed += flag("""
                with phones as (
                  select distinct l.to_id as phone
                    from intel_ad a join intel_link l on l.from_id = a.id and l.kind = 'MENTIONS'
                    join intel_entity e on e.id = l.to_id and e.kind = 'PHONE'
                   where a.import_id = :import and a.police_org_id = :org),
                stats as (
                  select l.to_id as phone, count(*) as ads, count(distinct lower(a.city)) as cities,
                         coalesce(extract(day from max(a.posted_at) - min(a.posted_at)), 0)::int as days
                    from phones p join intel_link l on l.to_id = p.phone and l.kind = 'MENTIONS'
                    join intel_ad a on a.id = l.from_id
                   group by l.to_id),
                per_ad as (
                  select l.from_id as ad, max(s.ads) as ads
                    from stats s join intel_link l on l.to_id = s.phone and l.kind = 'MENTIONS'
                   where s.ads >= :phoneAds group by l.from_id)
                select ad, jsonb_build_object('ads', ads)::text from per_ad""", SHARED_PHONE, importId, policeOrg);
        changed += flag("""
                with phones as (
                  select distinct l.to_id as phone
                    from intel_ad a join intel_link l on l.from_id = a.id and l.kind = 'MENTIONS'
                    join intel_entity e on e.id = l.to_id and e.kind = 'PHONE'
                   where a.import_id = :import and a.police_org_id = :org),
                stats as (
                  select l.to_id as phone, count(distinct lower(a.city)) as cities,
                         coalesce(extract(day from max(a.posted_at) - min(a.posted_at)), 0)::int as days
                    from phones p join intel_link l on l.to_id = p.phone and l.kind = 'MENTIONS'
                    join intel_ad a on a.id = l.from_id
                   group by l.to_id),
                per_ad as (
                  select distinct on (l.from_id) l.from_id as ad, s.cities, s.days
                    from stats s join intel_link l on l.to_id = s.phone and l.kind = 'MENTIONS'
                   where s.cities >= :movementCities and s.days >= :movementDays
                   order by l.from_id, s.cities desc, s.days desc)
                select ad, jsonb_build_object('cities', cities, 'days', days)::text from per_ad""", MOVEMENT, importId, policeOrg);
        changed += flag("""
                with clusters as (
                  select distinct cluster_id from intel_ad
                   where import_id = :import and police_org_id = :org and cluster_id is not null),
                stats as (
                  select a.cluster_id, count(*) as ads, count(distinct lower(a.city)) as cities
                    from clusters c join intel_ad a on a.cluster_id = c.cluster_id
                   group by a.cluster_id)
                select a.id, jsonb_build_object('ads', s.ads, 'cities', s.cities)::text
                  from stats s join intel_ad a on a.cluster_id = s.cluster_id
                 where s.cities >= :templateCities""", TEMPLATE_CITIES, importId, policeOrg);
        return changed;
    }

    /** Adds {@code code} with its evidence to each ad the query answers (ad id, evidence), where it differs. */
    private int flag(String query, String code, UUID importId, UUID policeOrg) {
        return jdbc.sql("with found(ad, evidence) as (" + query + ")" + """
                 update intel_ad a
                    set flags = case when :code = any(a.flags) then a.flags else array_append(a.flags, :code) end,
                        flag_evidence = a.flag_evidence || jsonb_build_object(:code, f.evidence::jsonb)
                   from found f
                  where a.id = f.ad and a.police_org_id = :org
                    and (a.flag_evidence -> :code) is distinct from f.evidence::jsonb""")
                .param("import", importId)
                .param("org", policeOrg)
                .param("code", code)
                .param("phoneAds", PHONE_ADS)
                .param("movementCities", MOVEMENT_CITIES)
                .param("movementDays", MOVEMENT_DAYS)
                .param("templateCities", TEMPLATE_CITY_COUNT)
                .update();
    }
}
