package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.ads.AdImports;
import ca.harbour.intelligence.internal.ads.Ads;
import ca.harbour.intelligence.internal.ads.CrossAdFlag;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indicator flags that no single ad shows, added after an import is clustered to the ads its phones and clusters
 * reach (old ones too): many ads sharing one phone, one text template in many cities, and one phone moving
 * between cities over weeks. Each flag's evidence is numbers (ads, cities, days), kept once per phone or cluster
 * in {@code intel_group_flag} and shown with each ad by {@code intel_ad_flag_evidence}; an ad carries the flag's
 * name, written once, and its own flags are kept.
 * An import's flags are added after it has answered (by {@link FlagPasses}, while the next import runs), a chunk of
 * phones or clusters per transaction; the import notes when they all were.
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
    private final TransactionTemplate tx;
    private final Ads ads;
    private final AdImports imports;

    CrossAdFlags(JdbcClient jdbc, TransactionTemplate tx, Ads ads, AdImports imports) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.ads = ads;
        this.imports = imports;
    }

    /**
     * Phones or clusters flagged in one statement: the statement is given their ids, so the planner knows how
     * many rows it joins (a fresh import's ads have no statistics yet, and one statement over the whole import was
     * planned as a nested loop over every link, 72 s for 50,000 ads).
     */
    static final int CHUNK = 5000;

    /**
     * Flags the ads reached by the import's phones and clusters, then notes the import flagged; answers how many ad
     * updates were made (an ad newly taking both a phone's flag and its cluster's counts twice). A cluster flagged
     * before this import already gave its flag to its older ads: only those that joined it since the import began
     * are looked at for it, while one newly flagged gives its flag to all its ads. (A phone's ads are all looked at:
     * links do not say when they were made, and reading only the import's ads was planned as a scan of every link.)
     * Run again, it adds nothing twice. Each chunk commits on its own and keeps imports from rewriting the service's
     * ads only while it runs (see {@link Ads#lockRewrites}): a later import may be storing ads meanwhile, and what
     * it adds is looked at by its own pass, which runs after this one.
     */
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
                select distinct s.cluster_id
                  from intel_ad a join intel_ad_signature s on s.ad_id = a.id
                 where a.import_id = :import and a.police_org_id = :org and s.cluster_id is not null""")
                .param("import", importId)
                .param("org", policeOrg)
                .query(UUID.class)
                .list();
        Timestamp since = jdbc.sql("select started_at from intel_import where id = :import")
                .param("import", importId)
                .query(Timestamp.class)
                .single();
        int updates = 0;
        for (int i = 0; i < phones.size(); i += CHUNK) {
            List<UUID> chunk = phones.subList(i, Math.min(phones.size(), i + CHUNK));
            updates += inTransaction(policeOrg, () -> byPhone(policeOrg, chunk));
        }
        for (int i = 0; i < clusters.size(); i += CHUNK) {
            List<UUID> chunk = clusters.subList(i, Math.min(clusters.size(), i + CHUNK));
            updates += inTransaction(policeOrg, () -> byCluster(policeOrg, chunk, since));
        }
        tx.executeWithoutResult(t -> {
            forgetMergedClusters(policeOrg);
            imports.flagged(importId);
        });
        return updates;
    }

    private int inTransaction(UUID policeOrg, IntSupplier work) {
        Integer n = tx.execute(t -> {
            ads.lockRewrites(policeOrg);
            return work.getAsInt();
        });
        return n == null ? 0 : n;
    }

    /**
     * Many ads on one phone, and one phone moving between cities: the numbers of these phones now, and their flags
     * on the ads that do not carry them yet.
     */
    private int byPhone(UUID policeOrg, List<UUID> phones) {
        UUID[] ids = phones.toArray(UUID[]::new);
        forget(ids, SHARED_PHONE, MOVEMENT);
        jdbc.sql("""
                with stats as (
                  select l.to_id as phone, count(*) as ads, count(distinct lower(a.city)) as cities,
                         coalesce(extract(day from max(a.posted_at) - min(a.posted_at)), 0)::int as days
                    from intel_link l join intel_ad a on a.id = l.from_id
                   where l.to_id = any(:phones) and l.kind = 'MENTIONS'
                   group by l.to_id)
                insert into intel_group_flag (group_id, flag, police_org_id, evidence)
                select phone, cast(:shared as text), :org, jsonb_build_object('ads', ads)
                  from stats where ads >= :phoneAds
                union all
                select phone, cast(:movement as text), :org, jsonb_build_object('cities', cities, 'days', days)
                  from stats where cities >= :movementCities and days >= :movementDays""")
                .param("phones", ids)
                .param("org", policeOrg)
                .param("shared", SHARED_PHONE)
                .param("movement", MOVEMENT)
                .param("phoneAds", PHONE_ADS)
                .param("movementCities", MOVEMENT_CITIES)
                .param("movementDays", MOVEMENT_DAYS)
                .update();
        return jdbc.sql("""
                with found as (
                  select l.from_id as ad, array_agg(distinct g.flag) as flags
                    from intel_group_flag g join intel_link l on l.to_id = g.group_id and l.kind = 'MENTIONS'
                   where g.group_id = any(:phones)
                   group by l.from_id)
                """ + UPDATE)
                .param("phones", ids)
                .param("org", policeOrg)
                .update();
    }

    /**
     * One template in many cities: the numbers of these clusters now, and the flag on the ads of those newly
     * flagged and on the ads that joined one since the import began.
     */
    private int byCluster(UUID policeOrg, List<UUID> clusters, Timestamp since) {
        UUID[] ids = clusters.toArray(UUID[]::new);
        Set<UUID> before = forget(ids, TEMPLATE_CITIES);
        List<UUID> now = jdbc.sql("""
                insert into intel_group_flag (group_id, flag, police_org_id, evidence)
                select x.cluster_id, cast(:template as text), :org, jsonb_build_object('ads', x.ads, 'cities', x.cities)
                  from (select s.cluster_id, count(*) as ads, count(distinct lower(a.city)) as cities
                          from intel_ad_signature s join intel_ad a on a.id = s.ad_id
                         where s.cluster_id = any(:clusters)
                         group by s.cluster_id) x
                 where x.cities >= :templateCities
                returning group_id""")
                .param("clusters", ids)
                .param("org", policeOrg)
                .param("template", TEMPLATE_CITIES)
                .param("templateCities", TEMPLATE_CITY_COUNT)
                .query(UUID.class)
                .list();
        UUID[] fresh = now.stream().filter(c -> !before.contains(c)).toArray(UUID[]::new);
        return jdbc.sql("""
                with found as (
                  select s.ad_id as ad, array[g.flag] as flags
                    from intel_group_flag g join intel_ad_signature s on s.cluster_id = g.group_id
                   where g.group_id = any(:fresh) and g.flag = :template
                  union all
                  select s.ad_id, array[g.flag]
                    from intel_group_flag g join intel_ad_signature s
                         on s.cluster_id = g.group_id and s.clustered_at >= :since
                   where g.group_id = any(:clusters) and not g.group_id = any(:fresh) and g.flag = :template)
                """ + UPDATE)
                .param("fresh", fresh)
                .param("clusters", ids)
                .param("since", since)
                .param("org", policeOrg)
                .param("template", TEMPLATE_CITIES)
                .update();
    }

    /** Deletes the groups' numbers for these flags; answers the groups that had one of them. */
    private Set<UUID> forget(UUID[] groups, String... flags) {
        return new HashSet<>(jdbc.sql("""
                delete from intel_group_flag where group_id = any(:groups) and flag = any(:flags)
                returning group_id""")
                .param("groups", groups)
                .param("flags", flags)
                .query(UUID.class)
                .list());
    }

    /** The numbers of clusters merged into others since (their ads now count in the cluster that took them). */
    private void forgetMergedClusters(UUID policeOrg) {
        jdbc.sql("""
                delete from intel_group_flag g
                 where g.police_org_id = :org and g.flag = :template
                   and not exists (select 1 from intel_ad_signature s where s.cluster_id = g.group_id)""").param("org", policeOrg).param("template", TEMPLATE_CITIES).update();
    }

    /** Adds the flags found for each ad that lacks one of them (their numbers stay with the phone or cluster). */
    private static final String UPDATE = """
            update intel_ad a
               set flags = a.flags || array(select k from unnest(f.flags) k where not k = any(a.flags))
              from found f
             where a.id = f.ad and a.police_org_id = :org and not a.flags @> f.flags""";
}
