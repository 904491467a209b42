package ca.harbour.intelligence.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.synthetic.AdFiles;
import ca.harbour.intelligence.internal.synthetic.AdFiles.Format;
import ca.harbour.intelligence.internal.synthetic.SyntheticAds;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole pipeline (import through the API, extraction, near-duplicate clusters, entity resolution) recovers the
 * networks planted in a generated set: pairs of ads in one connected component of the service's links (places left
 * out) against pairs of ads of one planted network.
 *
 * <p>The floors are what the generator makes reachable, not one seed's figures. Every planted ad but one in twenty
 * names one of its network's phones, and a network's phones are chained (the ad where it changes phone gives both);
 * the ads without a phone share the network's e-mail, handle or edited template. Joining ads by the identifiers
 * the extraction finds, and nothing else, gave recall 0.92 to 0.98 and precision 0.985 to 1 over fifteen seeds of
 * this size (bench/intelligence/RESULTS.md): near duplicates and entity resolution should only add to recall.
 * What may cost precision is planted on purpose: a hotel's front-desk number shared by strangers, stock phrases
 * and frames of sentences that every advertiser draws from. Both floors at 0.9 leave that margin and still fail
 * when the extraction misses a written form of a phone, or when phones, handles or templates link strangers.
 * Three seeds, so that no floor fits one draw.
 */
@HarbourTest
class SyntheticPipelineIntegrationTests {

    private static final int ADS = 1_200;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(longs = {101, 202, 303})
    void thePipelineRecoversThePlantedNetworks(long seed) throws Exception {
        Organization police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        Authentication analyst = fixtures.staff(police, Role.POLICE_ANALYST);
        SyntheticAds ads = new SyntheticAds(seed, ADS);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AdFiles.write(ads, Format.CSV, csv, null);
        Map<String, Integer> truth = new HashMap<>();
        ads.generate(ad -> truth.put(ad.adId(), ad.network() == null ? -1 : ad.network()));

        MockHttpServletResponse answer = mvc.perform(post("/api/v1/intelligence/ads")
                        .contentType("text/csv")
                        .content(csv.toByteArray())
                        .with(authentication(analyst))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);

        Map<UUID, Integer> node = new HashMap<>();
        List<UUID[]> links = jdbc.sql("""
                        select l.from_id, l.to_id from intel_link l
                          join intel_entity f on f.id = l.from_id join intel_entity t on t.id = l.to_id
                         where f.police_org_id = :org and t.police_org_id = :org
                           and f.kind <> 'PLACE' and t.kind <> 'PLACE'
                        """)
                .param("org", police.id())
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        Map<UUID, String> adIds = jdbc
                .sql("select id, source_id from intel_ad where police_org_id = :org")
                .param("org", police.id())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
        assertThat(adIds).hasSize(ADS);
        int[] parent = new int[adIds.size() + 2 * links.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (UUID[] l : links) {
            union(parent, number(node, l[0]), number(node, l[1]));
        }
        Map<Integer, Integer> components = new HashMap<>();
        Map<Integer, Integer> networks = new HashMap<>();
        Map<Long, Integer> cells = new HashMap<>();
        for (Map.Entry<UUID, String> ad : adIds.entrySet()) {
            int root = find(parent, number(node, ad.getKey()));
            int network = truth.get(ad.getValue());
            components.merge(root, 1, Integer::sum);
            if (network >= 0) {
                networks.merge(network, 1, Integer::sum);
                cells.merge(((long) network << 32) | root, 1, Integer::sum);
            }
        }
        long found = pairs(components);
        long planted = pairs(networks);
        long right = pairs(cells);
        double precision = (double) right / found;
        double recall = (double) right / planted;
        System.out.printf(
                "seed %d: precision %.3f, recall %.3f (%d pairs found, %d planted)%n",
                seed, precision, recall, found, planted);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.9);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
    }

    private static int number(Map<UUID, Integer> node, UUID id) {
        return node.computeIfAbsent(id, k -> node.size());
    }

    private static long pairs(Map<?, Integer> counts) {
        long sum = 0;
        for (int c : counts.values()) {
            sum += (long) c * (c - 1) / 2;
        }
        return sum;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
