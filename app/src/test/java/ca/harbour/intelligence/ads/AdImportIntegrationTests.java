package ca.harbour.intelligence.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.ads.AdFormat;
import ca.harbour.intelligence.internal.ads.AdImports;
import ca.harbour.intelligence.internal.ads.AdsImported;
import ca.harbour.intelligence.internal.graph.TextSignatures.Signature;
import ca.harbour.linkage.model.Record;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Ads imported through the API and the page: counted, idempotent, bad lines reported without their content, text
 * stored encrypted, identifiers linked, and seen only by the importing service's analysts.
 */
@HarbourTest
class AdImportIntegrationTests {

    private static final String BODY = "New in town! Call four one six 555 o1two3 or write amber at gmail dot com,"
            + " 19 yo, available 24/7 at the hotel";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdImports imports;

    @Autowired
    EventSerializer events;

    private Organization police;
    private RequestPostProcessor analyst;
    private RequestPostProcessor otherAnalyst;
    private RequestPostProcessor advocate;
    private String site;

    @BeforeEach
    void organizations() {
        police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        analyst = authentication(fixtures.staff(police, Role.POLICE_ANALYST));
        otherAnalyst = authentication(
                fixtures.staff(fixtures.organization(OrganizationType.POLICE_SERVICE), Role.POLICE_ANALYST));
        advocate = authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        site = "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String jsonl(String body) {
        return "{\"ad_id\":\"a1\",\"site\":\"" + site + "\",\"posted_at\":\"2026-03-01T10:00:00Z\",\"title\":\"Amber\","
                + "\"body\":\"" + body + "\",\"city\":\"Toronto\",\"handles\":[\"@amber_rose\"]}\n"
                + "{\"ad_id\":\"a2\",\"site\":\"" + site + "\",\"body\":\"text (416) 555-0123 in Ottawa\"}\n";
    }

    private ResultActions importApi(String body, String type, String lang) throws Exception {
        return mvc.perform(post("/api/v1/intelligence/ads")
                .with(analyst)
                .with(csrf())
                .header("Accept-Language", lang)
                .contentType(type)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private int entities() {
        return count("select count(*) from intel_entity where police_org_id = ?", police.id());
    }

    private int links() {
        return count(
                "select count(*) from intel_link l join intel_entity e on e.id = l.from_id where e.police_org_id = ?",
                police.id());
    }

    private UUID ad(String sourceId) {
        return jdbc.queryForObject(
                "select id from intel_ad where site = ? and source_id = ?", UUID.class, site, sourceId);
    }

    @Test
    void anImportExtractsLinksAndFlagsAndTheSameFileAgainChangesNothing() throws Exception {
        importApi(jsonl(BODY), "application/x-ndjson", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.adsNew").value(2))
                .andExpect(jsonPath("$.linesRejected").value(0));
        UUID a1 = ad("a1");
        // one phone (written two ways in two ads), one e-mail, one handle, two ads
        assertThat(entities()).isEqualTo(5);
        assertThat(links()).isEqualTo(4);
        assertThat(count("select count(*) from intel_link where from_id = ? and evidence ->> 'how' = 'SPELLED'", a1))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select array_to_string(flags, ',') from intel_ad where id = ?", String.class, a1))
                .isEqualTo("MOVEMENT,RESTRICTED_AVAILABILITY");
        assertThat(count("select count(*) from intel_ad where id = ? and 19 = any(ages)", a1))
                .isEqualTo(1);
        // the text is stored encrypted
        assertThat(count("select count(*) from intel_ad a where a.id = ? and row_to_json(a)::text like '%o1two3%'", a1))
                .isZero();

        importApi(jsonl(BODY), "application/jsonl", "en")
                .andExpect(jsonPath("$.adsNew").value(0))
                .andExpect(jsonPath("$.adsUnchanged").value(2));
        assertThat(entities()).isEqualTo(5);
        assertThat(links()).isEqualTo(4);

        importApi(jsonl("Just arrived, text 647 555 0199"), "application/x-ndjson", "en")
                .andExpect(jsonPath("$.adsUpdated").value(1))
                .andExpect(jsonPath("$.adsUnchanged").value(1));
        assertThat(ad("a1")).isEqualTo(a1);
        // the changed ad mentions its new phone and its handle, no longer the old e-mail
        assertThat(count("select count(*) from intel_link where from_id = ?", a1))
                .isEqualTo(2);
    }

    /** Five ads on one phone, each in another city four days apart (16 days in all): a cross-ad flag once all five are in. */
    private String onePhone(String words) {
        StringBuilder lines = new StringBuilder();
        String[] cities = {"Toronto", "Ottawa", "Kingston", "Windsor", "Sudbury"};
        for (int i = 0; i < cities.length; i++) {
            lines.append("{\"ad_id\":\"p")
                    .append(i)
                    .append("\",\"site\":\"")
                    .append(site)
                    .append("\",\"posted_at\":\"2026-03-")
                    .append(10 + 4 * i)
                    .append("T10:00:00Z\",\"body\":\"")
                    .append(words)
                    .append(' ')
                    .append(i)
                    .append(" call 905 555 0177\",\"city\":\"")
                    .append(cities[i])
                    .append("\"}\n");
        }
        return lines.toString();
    }

    private String importId(ResultActions answer) throws Exception {
        return answer.andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private void awaitFlagged(String importId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                        "select flagged_at is not null from intel_import where id = ?::uuid", Boolean.class, importId));
    }

    private String[] crossAdFlags() {
        return jdbc.queryForList(
                        "select array_to_string(flags, ',') from intel_ad where site = ? order by source_id",
                        String.class,
                        site)
                .toArray(String[]::new);
    }

    @Test
    void theFlagsThatNeedManyAdsComeAfterTheAnswerAndTheReportSaysWhen() throws Exception {
        String id = importId(importApi(onePhone("Sweet and discreet"), "application/x-ndjson", "en")
                .andExpect(jsonPath("$.adsNew").value(5))
                .andExpect(jsonPath("$.flaggedAt").hasJsonPath()));
        awaitFlagged(id);
        assertThat(crossAdFlags())
                .hasSize(5)
                .allSatisfy(f -> assertThat(f).contains("MANY_ADS_ONE_PHONE").contains("MOVES_BETWEEN_CITIES"));
        mvc.perform(get("/api/v1/intelligence/imports/" + id).with(analyst))
                .andExpect(jsonPath("$.flaggedAt").isNotEmpty());
        mvc.perform(get("/intelligence/ads/imports/" + id).with(analyst))
                .andExpect(content().string(not(containsString("still being added"))))
                .andExpect(content().string(not(containsString("hx-trigger"))));

        // as the report reads while the flags are still coming: it says so, in both languages, and keeps asking
        jdbc.update("update intel_import set flagged_at = null where id = ?::uuid", id);
        mvc.perform(get("/api/v1/intelligence/imports/" + id).with(analyst))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.flaggedAt").isEmpty());
        mvc.perform(get("/intelligence/ads/imports/" + id).with(analyst))
                .andExpect(content().string(containsString("still being added")))
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
        mvc.perform(get("/intelligence/ads/imports/" + id + "?lang=fr").with(analyst))
                .andExpect(content().string(containsString("encore en cours d&#39;ajout")));
        jdbc.update("update intel_import set flagged_at = now() where id = ?::uuid", id);
    }

    @Test
    void adsRewrittenByANewImportWhileTheLastOnesFlagsAreAddedEndWithTheirFlags() throws Exception {
        String first = importId(importApi(onePhone("Sweet and discreet"), "application/x-ndjson", "en"));
        // the same ads with another text: each is rewritten (and loses the flags it was given) while the first
        // import's flags may still be coming; the second import's pass gives them back
        String second = importId(importApi(onePhone("Warm and friendly"), "application/x-ndjson", "en")
                .andExpect(jsonPath("$.adsUpdated").value(5)));
        awaitFlagged(first);
        awaitFlagged(second);
        assertThat(crossAdFlags())
                .hasSize(5)
                .allSatisfy(f -> assertThat(f).contains("MANY_ADS_ONE_PHONE").contains("MOVES_BETWEEN_CITIES"));
    }

    @Test
    void badLinesAreReportedByCodeWithoutTheirContentAndGoodLinesImport() throws Exception {
        String huge = "x".repeat(20_001);
        String csv = "ad_id,site,posted_at,body\n"
                + "b1," + site + ",2026-03-01,fine text\n"
                + "," + site + ",,secret words one\n"
                + "b3," + site + ",not a date,secret words two\n"
                + "b4," + site + ",," + huge + "\n"
                + "b5," + site + "\n";
        importApi(csv, "text/csv", "fr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adsNew").value(1))
                .andExpect(jsonPath("$.linesRejected").value(4))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].code").value("missingId"))
                .andExpect(jsonPath("$.problems[0].message").value("L'identifiant de l'annonce (ad_id) manque."))
                .andExpect(jsonPath("$.problems[1].code").value("badDate"))
                .andExpect(jsonPath("$.problems[2].code").value("tooLong"))
                .andExpect(jsonPath("$.problems[2].field").value("body"))
                .andExpect(jsonPath("$.problems[3].code").value("columnCount"))
                .andExpect(content().string(not(containsString("secret"))));
        assertThat(count("select count(*) from intel_ad where site = ?", site)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAdsIsRefusedWholeWithATranslatedProblem() throws Exception {
        importApi("name,age\nAmy,3\n", "text/csv", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not CSV with an ad_id and site header")));
        mvc.perform(post("/api/v1/intelligence/ads")
                        .with(analyst)
                        .with(csrf())
                        .contentType("application/pdf")
                        .content(new byte[] {1, 2, 3}))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void onlyTheImportingServicesAnalystsSeeTheAdsAndImports() throws Exception {
        String report = importApi(jsonl(BODY), "application/x-ndjson", "en")
                .andReturn()
                .getResponse()
                .getContentAsString();
        String importId = report.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        UUID a1 = ad("a1");
        mvc.perform(get("/intelligence/ads/" + a1).with(otherAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/imports/" + importId).with(otherAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intelligence/ads").with(otherAnalyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(a1.toString()))));
        mvc.perform(get("/intelligence/ads/" + a1).with(advocate)).andExpect(status().isForbidden());
        mvc.perform(get("/intelligence/ads/import").with(advocate)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/intelligence/ads")
                        .with(advocate)
                        .with(csrf())
                        .contentType("application/x-ndjson")
                        .content(jsonl(BODY)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/intelligence/imports/" + importId).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adsNew").value(2));
        assertThat(count(
                        "select count(*) from audit_event where resource_type = 'intel_ad' and resource_id = ?"
                                + " and action = 'DENIED'",
                        a1.toString()))
                .isEqualTo(1);
    }

    @Test
    void theAdPageShowsTheTextWhatWasFoundAndWhyItIsFlaggedInBothLanguages() throws Exception {
        importApi(jsonl(BODY), "application/x-ndjson", "en");
        UUID a1 = ad("a1");
        mvc.perform(get("/intelligence/ads/" + a1).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New in town!")))
                .andExpect(content().string(containsString("+14165550123")))
                .andExpect(content().string(containsString("amber@gmail.com")))
                .andExpect(content().string(containsString("Spelled out")))
                .andExpect(content().string(containsString("Movement between places")))
                .andExpect(content().string(containsString("new in town")));
        mvc.perform(get("/intelligence/ads/" + a1 + "?lang=fr").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En toutes lettres")))
                .andExpect(content().string(containsString("Déplacements d&#39;un lieu à l&#39;autre")));
        mvc.perform(get("/intelligence/ads?flag=MOVEMENT&city=Toronto").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/intelligence/ads/" + a1)));
        mvc.perform(get("/intelligence/ads?flag=POSSIBLE_MINOR").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/intelligence/ads/" + a1))));
        assertThat(count(
                        "select count(*) from audit_event where resource_type = 'intel_ad' and resource_id = ?"
                                + " and action = 'READ'",
                        a1.toString()))
                .isEqualTo(2);
    }

    @Test
    void theImportPageRunsTheUploadInTheBackgroundAndShowsItsReport() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "ads.jsonl", "application/octet-stream", jsonl(BODY).getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/intelligence/ads/import")
                        .file(file)
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/intelligence/ads/imports/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 200 && "RUNNING".equals(importStatus(id)); i++) {
            Thread.sleep(100);
        }
        assertThat(importStatus(id)).isEqualTo("DONE");
        mvc.perform(get(location + "?lang=fr").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import terminé")));
        mvc.perform(get(location).with(analyst).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import finished")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/intelligence/ads/import").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(location)));

        MockMultipartFile text = new MockMultipartFile("file", "notes.txt", "text/plain", new byte[] {1});
        mvc.perform(multipart("/intelligence/ads/import")
                        .file(text)
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a CSV (.csv) or JSON lines (.jsonl) file.")));
    }

    @Test
    void anImportThatTheLastStopInterruptedIsMarkedFailedAndSaysWhyInBothLanguages() throws Exception {
        UUID orphan = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        UUID user = jdbc.queryForObject(
                "select id from app_user where organization_id = ? limit 1", UUID.class, police.id());
        for (UUID id : new UUID[] {orphan, running}) {
            imports.start(id, police.id(), user, AdFormat.CSV, false);
        }
        // as if this process had started 30 s ago: imports of earlier runs (the shared test database keeps them)
        // are older still and are marked too
        Instant boot = Instant.now().minusSeconds(30);
        jdbc.update(
                "update intel_import set started_at = ? where id = ?", Timestamp.from(boot.minusSeconds(30)), orphan);
        jdbc.update(
                "update intel_import set started_at = ? where id = ?", Timestamp.from(boot.plusSeconds(30)), running);

        assertThat(imports.interrupted(boot)).isPositive();
        assertThat(importStatus(orphan)).isEqualTo("FAILED");
        assertThat(importStatus(running))
                .as("an import of this process is left to run")
                .isEqualTo("RUNNING");
        mvc.perform(get("/intelligence/ads/imports/" + orphan).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The import was interrupted when Harbour stopped")));
        mvc.perform(get("/intelligence/ads/imports/" + orphan + "?lang=fr").with(analyst))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("L&#39;import a été interrompu par l&#39;arrêt de Harbour")));
        jdbc.update("update intel_import set status = 'DONE' where id = ?", running);
    }

    @Test
    void importedAdsAreResolvedFromWhatTheImportReadAMistypedPhoneWithTheSameNameAndCityLinkedSameAs()
            throws Exception {
        String csv = "ad_id,site,posted_at,title,body,phones,city\n"
                + "j1," + site
                + ",2026-03-01T10:00:00Z,Jade,\"Ask for Jade, new in town, friendly\",905-555-0142,Hamilton\n"
                + "j2," + site + ",2026-03-02T10:00:00Z,Hello,Relaxing evenings downtown. Ask for Jade,905-555-0143,"
                + "Hamilton\n"
                + "m1," + site + ",2026-03-02T10:00:00Z,Hello,Relaxing evenings downtown. Ask for Mia,519-555-0177,"
                + "London\n";
        importApi(csv, "text/csv", "en").andExpect(jsonPath("$.adsNew").value(3));
        String evidence = jdbc.queryForObject(
                "select string_agg(evidence::text, ' ') from intel_link where kind = 'SAME_AS'"
                        + " and from_id in (?, ?) and to_id in (?, ?)",
                String.class,
                ad("j1"),
                ad("j2"),
                ad("j1"),
                ad("j2"));
        assertThat(evidence)
                .as("one SAME_AS link between the two ads of Jade")
                .contains("\"name\": \"exact\"")
                .contains("\"city\": \"exact\"")
                .containsPattern("\"phone\": \"(close|similar)\"");
        assertThat(count(
                        "select count(*) from intel_link where kind = 'SAME_AS' and (from_id = ? or to_id = ?)",
                        ad("m1"),
                        ad("m1")))
                .isZero();
    }

    @Test
    void theStoredAnnouncementOfABatchCarriesIdsButNotWhatTheImportMadeOfItsText() {
        UUID ad = UUID.randomUUID();
        AdsImported event = new AdsImported(
                UUID.randomUUID(),
                police.id(),
                List.of(ad),
                false,
                new AdsImported.Derived(
                        Map.of(ad, new Signature(new int[] {7}, new int[] {8, 9})),
                        List.of(new Record(ad.toString(), new String[] {"+12045550123", null, null, "jade", null}))));
        Object stored = events.serialize(event);
        assertThat(stored.toString())
                .contains(ad.toString())
                .doesNotContain("signatures")
                .doesNotContain("12045550123")
                .doesNotContain("jade");
        AdsImported again = events.deserialize(stored, AdsImported.class);
        assertThat(again.ads()).containsExactly(ad);
        assertThat(again.derived())
                .as("read, signed and resolved again after a restart")
                .isNull();
    }

    private String importStatus(UUID id) {
        return jdbc.queryForObject("select status from intel_import where id = ?", String.class, id);
    }
}
