package ca.harbour.intelligence.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.investigations.EvidenceExport;
import ca.harbour.intelligence.internal.investigations.InvestigationRules;
import ca.harbour.intelligence.internal.investigations.Investigations;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence package of an investigation: every file it lists in its manifest has the SHA-256 and size given
 * there, it carries the ads and tips linked to the pinned entities with their provenance, its PDF is readable in
 * the exporter's language, a tip's unconsented identity of the caller appears in no byte of it, and it is audited.
 */
@HarbourTest
class EvidenceExportIntegrationTests {

    private static final String CALLER = "Marisol Quintero-Vance";
    private static final String CALLER_PHONE = "416-555-0199";
    private static final String NAME = "Réseau Côte-Nord, été";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Entities entities;

    @Autowired
    FieldCipher cipher;

    @Autowired
    EvidenceExport export;

    private final JsonMapper json = JsonMapper.builder().build();
    private Organization police;
    private Authentication analystAccount;
    private RequestPostProcessor analyst;
    private UUID investigation;
    private UUID ad;
    private UUID tip;
    private UUID phone;

    @BeforeEach
    void graph() throws Exception {
        police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        analystAccount = fixtures.staff(police, Role.POLICE_ANALYST);
        analyst = authentication(analystAccount);
        RequestPostProcessor advocate =
                authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        InvestigationFixtures graph = new InvestigationFixtures(entities, cipher, jdbc);
        phone = graph.phone(police, "+17055550177");
        UUID unlinkedPhone = graph.phone(police, "+17055550178");
        ad = graph.ad(
                police,
                Fixtures.principal(analystAccount).userId(),
                phone,
                "Nouvelle à Sudbury, très douce",
                "=HYPERLINK(\"x\") Appelez 705 555 0177, \"discrète\"\nNew in town");
        graph.link(ad, unlinkedPhone);
        tip = InvestigationFixtures.anonymousTip(mvc, jdbc, advocate, police, CALLER, CALLER_PHONE);
        graph.tipEntity(police, tip, phone);
        String location = mvc.perform(post("/intelligence/investigations")
                        .with(analyst)
                        .with(csrf())
                        .param("name", NAME)
                        .param("entity", phone.toString()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        investigation = UUID.fromString(location.replaceAll(".*/investigations/([0-9a-f-]{36}).*", "$1"));
        mvc.perform(post("/intelligence/investigations/" + investigation + "/notes")
                .with(analyst)
                .with(csrf())
                .param("body", "Le même numéro revient à Sudbury et à Timmins."));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void everyFileMatchesTheManifestAndCarriesTheLinkedAdsAndTipsWithTheirProvenance() throws Exception {
        byte[] zip = mvc.perform(post("/intelligence/investigations/" + investigation + "/export")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"evidence-" + investigation + ".zip\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "entities.json",
                        "entities.csv",
                        "ads.json",
                        "ads.csv",
                        "tips.json",
                        "tips.csv",
                        "links.json",
                        "links.csv",
                        "notes.json",
                        "summary.pdf",
                        "manifest.json");

        JsonNode manifest = json.readTree(files.get("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("harbour-evidence/1");
        assertThat(manifest.get("investigationId").asString()).isEqualTo(investigation.toString());
        assertThat(manifest.get("exportedBy").get("username").asString())
                .isEqualTo(Fixtures.principal(analystAccount).username());
        assertThat(manifest.get("files")).hasSize(10);
        for (JsonNode f : manifest.get("files")) {
            byte[] bytes = files.get(f.get("name").asString());
            assertThat(bytes).as(f.get("name").asString()).isNotNull();
            assertThat(sha256(bytes))
                    .as(f.get("name").asString())
                    .isEqualTo(f.get("sha256").asString());
            assertThat((long) bytes.length).isEqualTo(f.get("size").asLong());
        }

        JsonNode ads = json.readTree(files.get("ads.json"));
        assertThat(ads).hasSize(1);
        assertThat(ads.get(0).get("id").asString()).isEqualTo(ad.toString());
        assertThat(ads.get(0).get("title").asString()).isEqualTo("Nouvelle à Sudbury, très douce");
        assertThat(ads.get(0).get("provenance").get("site").asString()).isEqualTo("example.test");
        assertThat(ads.get(0).get("provenance").get("importId").isNull()).isFalse();
        assertThat(ads.get(0)
                        .get("flagEvidence")
                        .get("MANY_ADS_ONE_PHONE")
                        .get("ads")
                        .asInt())
                .isEqualTo(14);
        String adsCsv = new String(files.get("ads.csv"), StandardCharsets.UTF_8);
        // a spreadsheet would run the body as a formula: it is written with a leading apostrophe, quoted
        assertThat(adsCsv).contains("\"'=HYPERLINK(\"\"x\"\") Appelez 705 555 0177, \"\"discrète\"\"\nNew in town\"");

        JsonNode tips = json.readTree(files.get("tips.json"));
        assertThat(tips).hasSize(1);
        assertThat(tips.get(0).get("id").asString()).isEqualTo(tip.toString());
        assertThat(tips.get(0).get("content").get("note").asString()).isEqualTo("Van at the back door every night");
        assertThat(tips.get(0).get("provenance").get("receivedAt").isNull()).isFalse();
        assertThat(tips.get(0).get("provenance").get("sendingOrganization").asString())
                .startsWith("Test organization");

        JsonNode entityList = json.readTree(files.get("entities.json"));
        assertThat(entityList).hasSize(3); // the pinned phone, the ad and the tip; not the phone only the ad names
        JsonNode links = json.readTree(files.get("links.json"));
        assertThat(links).hasSize(2);
        // how a link was found is a code in the data files, and words only in the PDF
        assertThat(links.get(0).get("provenance").get("howFound").asString()).isEqualTo("TEXT_EXTRACTION");
        assertThat(new String(files.get("links.csv"), StandardCharsets.UTF_8))
                .contains(",TEXT_EXTRACTION")
                .doesNotContain("extracted");
        assertThat(json.readTree(files.get("notes.json")).get(0).get("body").asString())
                .contains("Le même numéro revient");

        String pdf = pdfText(files.get("summary.pdf"));
        assertThat(pdf)
                .contains("Evidence package: " + NAME)
                .contains("Exported by")
                .contains("+17055550177")
                .contains("Le même numéro revient à Sudbury et à Timmins.")
                .contains("Ads: 1 of the 1")
                .contains("TEXT_EXTRACTION: the identifier was read from the text of the ad or tip.");

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'EXPORT' and resource_type ="
                                + " 'intel_investigation' and resource_id = ? and reason = 'evidence package'",
                        Integer.class,
                        investigation.toString()))
                .isEqualTo(1);
    }

    @Test
    void theCallersUnconsentedIdentityIsInNoByteOfThePackageInEitherLanguage() throws Exception {
        for (String lang : new String[] {"en", "fr"}) {
            byte[] zip = mvc.perform(post("/api/v1/intelligence/investigations/" + investigation + "/export")
                            .with(analyst)
                            .with(csrf())
                            .header("Accept-Language", lang))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            Map<String, byte[]> files = unzip(zip);
            assertThat(json.readTree(files.get("tips.json"))
                            .get(0)
                            .get("content")
                            .get("callerName")
                            .isNull())
                    .isTrue();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                String text = new String(f.getValue(), StandardCharsets.UTF_8)
                        + (f.getKey().endsWith(".pdf") ? pdfText(f.getValue()) : "");
                for (String secret : new String[] {"Quintero", "Marisol", "555-0199", "5550199", "nail salon"}) {
                    assertThat(text).as(f.getKey() + " holds " + secret).doesNotContain(secret);
                }
            }
            // kept beside the screenshots, for a person to look at
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/evidence-summary-" + lang + ".pdf"), files.get("summary.pdf"));
            String pdf = pdfText(files.get("summary.pdf"));
            assertThat(pdf).contains("fr".equals(lang) ? "Dossier de preuves : " + NAME : "Evidence package: " + NAME);
            assertThat(pdf).contains("fr".equals(lang) ? "Exporté par" : "Exported by");
            assertThat(pdf)
                    .contains(
                            "fr".equals(lang)
                                    ? "TEXT_EXTRACTION\u00a0: l’identifiant a été lu dans le texte"
                                    : "TEXT_EXTRACTION: the identifier was read from the text");
        }
    }

    @Test
    void aCallerWhoAgreedToBeNamedIsNamedInThePackage() throws Exception {
        // the same search finds a caller's identity where consent let it travel
        RequestPostProcessor advocate =
                authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        UUID named =
                InvestigationFixtures.tip(mvc, jdbc, advocate, police, "Ines Okafor-Lindqvist", "416-555-0123", "YES");
        new InvestigationFixtures(entities, cipher, jdbc).tipEntity(police, named, phone);
        byte[] zip = mvc.perform(post("/api/v1/intelligence/investigations/" + investigation + "/export")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(new String(files.get("tips.json"), StandardCharsets.UTF_8)).contains("Ines Okafor-Lindqvist");
        assertThat(new String(files.get("tips.csv"), StandardCharsets.UTF_8)).contains("416-555-0123");
        assertThat(new String(files.get("tips.json"), StandardCharsets.UTF_8)).doesNotContain("Quintero");
    }

    @Test
    void aPhoneInMoreAdsThanThePackageHoldsIsExportedWithTheMostRecentAdsAndSaysSo() throws Exception {
        int many = EvidenceExport.ADS_MAX + 7;
        // many ads naming the pinned phone, written in bulk (their text is not the point here)
        jdbc.update("""
                with made as (
                  insert into intel_entity (id, police_org_id, kind, key_hash, last_seen)
                  select gen_random_uuid(), ?, 'AD', decode(md5(random()::text || n), 'hex'),
                         now() - n * interval '1 minute'
                    from generate_series(1, ?) n
                  returning id)
                insert into intel_ad (id, police_org_id, site, source_id, content_hash)
                select id, ?, 'bulk.test', id::text, '\\x00'::bytea from made""", police.id(), many, police.id());
        jdbc.update("""
                insert into intel_link (from_id, to_id, kind, evidence)
                select a.id, ?, 'MENTIONS', '{}'::jsonb from intel_ad a where a.police_org_id = ? and a.site = 'bulk.test'""", phone, police.id());
        byte[] zip = mvc.perform(post("/intelligence/investigations/" + investigation + "/export")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(json.readTree(files.get("ads.json"))).hasSize(EvidenceExport.ADS_MAX);
        JsonNode counts = json.readTree(files.get("manifest.json")).get("counts");
        assertThat(counts.get("ads").asInt()).isEqualTo(EvidenceExport.ADS_MAX);
        assertThat(counts.get("adsLinked").asInt()).isEqualTo(many + 1);
        // the fixture's own ad is the most recent: it is in, and the oldest bulk ads are out
        assertThat(new String(files.get("ads.json"), StandardCharsets.UTF_8)).contains(ad.toString());
        assertThat(pdfText(files.get("summary.pdf"))).contains("Some items were left out");
        assertThat(new String(files.get("ads.csv"), StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(EvidenceExport.ADS_MAX + 1);
    }

    private int exportRows(String type, UUID id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'EXPORT' and resource_type = ? and (resource_id = ?"
                        + " or ? = any(string_to_array(shown_ids, ' ')))",
                Integer.class,
                type,
                id.toString(),
                id.toString());
    }

    @Test
    void aDownloadThatBreaksMidStreamKeepsItsAuditOfTheInvestigationAndOfEveryItemInIt() {
        // the client goes away once the first bytes have left
        OutputStream broken = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 64) {
                    throw new IOException("connection reset");
                }
            }
        };
        SecurityContextHolder.getContext().setAuthentication(analystAccount);
        Throwable failed;
        try {
            failed = catchThrowable(
                    () -> export.export(Fixtures.principal(analystAccount), investigation, name -> broken));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(failed).isNotNull();
        assertThat(exportRows("intel_investigation", investigation)).isEqualTo(1);
        assertThat(exportRows("police_tip", tip)).isEqualTo(1);
        assertThat(exportRows("intel_ad", ad)).isEqualTo(1);
        assertThat(exportRows("intel_entity", phone)).isEqualTo(1);
    }

    @Test
    void everyExportedTipAdAndEntityHasAnExportRow() throws Exception {
        mvc.perform(post("/intelligence/investigations/" + investigation + "/export")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(exportRows("police_tip", tip)).isEqualTo(1);
        assertThat(exportRows("intel_ad", ad)).isEqualTo(1);
        assertThat(exportRows("intel_entity", phone)).isEqualTo(1);
        assertThat(exportRows("intel_entity", ad)).isEqualTo(1);
    }

    private byte[] exportZip() throws Exception {
        return mvc.perform(post("/intelligence/investigations/" + investigation + "/export")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void aNoteOfOneWordAsLongAsANoteMayBeIsCutAcrossLinesOfThePdf() throws Exception {
        String word = "Q" + "x".repeat(InvestigationRules.NOTE_MAX - 2) + "Z";
        mvc.perform(post("/intelligence/investigations/" + investigation + "/notes")
                        .with(analyst)
                        .with(csrf())
                        .param("body", word))
                .andExpect(status().is3xxRedirection());
        String pdf = pdfText(unzip(exportZip()).get("summary.pdf"));
        assertThat(pdf.replaceAll("\\s", "")).contains(word);
    }

    @Test
    void anInvestigationWithMoreNotesThanShownKeepsTheNewestAndSaysSo() throws Exception {
        int many = Investigations.NOTES_SHOWN + 2;
        UUID author = Fixtures.principal(analystAccount).userId();
        for (int n = 1; n <= many; n++) {
            jdbc.update(
                    "insert into intel_investigation_note (id, investigation_id, author_id, body, created_at)"
                            + " values (?, ?, ?, ?, now() + ? * interval '1 second')",
                    UUID.randomUUID(),
                    investigation,
                    author,
                    cipher.encrypt("Bulk note " + n + ".", IntelligenceContributions.INVESTIGATION_NOTE),
                    n);
        }
        Map<String, byte[]> files = unzip(exportZip());
        JsonNode notes = json.readTree(files.get("notes.json"));
        assertThat(notes).hasSize(Investigations.NOTES_SHOWN);
        assertThat(notes.get(notes.size() - 1).get("body").asString()).isEqualTo("Bulk note " + many + ".");
        assertThat(new String(files.get("notes.json"), StandardCharsets.UTF_8))
                .doesNotContain("Le même numéro revient")
                .doesNotContain("\"Bulk note 2.\"");
        JsonNode manifest = json.readTree(files.get("manifest.json"));
        assertThat(manifest.get("counts").get("notesCapped").asBoolean()).isTrue();
        assertThat(manifest.get("limits").get("notes").asInt()).isEqualTo(Investigations.NOTES_SHOWN);
        assertThat(pdfText(files.get("summary.pdf"))).contains("Only the newest 500 notes");
        mvc.perform(get("/intelligence/investigations/" + investigation).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only the newest 500 notes")));
    }

    @Test
    void aPinnedPhoneInMoreAdsThanCountedShowsTheCapWithAPlus() throws Exception {
        int many = Investigations.Pinned.CAP + 5;
        jdbc.update("""
                with made as (
                  insert into intel_entity (id, police_org_id, kind, key_hash, last_seen)
                  select gen_random_uuid(), ?, 'AD', decode(md5(random()::text || n), 'hex'), now()
                    from generate_series(1, ?) n
                  returning id)
                insert into intel_link (from_id, to_id, kind, evidence)
                select id, ?, 'MENTIONS', '{}'::jsonb from made""", police.id(), many, phone);
        mvc.perform(get("/intelligence/investigations/" + investigation).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ads: 1,000+ · Tips: 1 ·")));
    }
}
