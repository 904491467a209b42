package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.DirectoryGenerator;
import ca.harbour.directory.internal.DirectoryIndexer;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryTransfer;
import ca.harbour.directory.internal.ImportProblem;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/** Export and import of the whole directory: exact round trips, and files with problems import nothing. */
@HarbourTest
class DirectoryTransferIntegrationTests {

    private static final String SERVICE = """
            {"id": "%s", "name": %s, "status": "active", "minimum_age": %s,
             "organization": {"id": "0a4e0000-0000-4000-8000-00000000000a", "name": "Test Org", "description": ""},
             "attributes": [{"id": "0a4e0000-0000-4000-8000-0000000000a1", "taxonomy_term_id": "%s"}]}""";
    private static final String GOOD_ID = "0a4e0000-0000-4000-8000-000000000001";
    private static final String SHELTER = "7a4e0000-0000-4000-8001-000000000001";

    @Autowired
    DirectoryTransfer transfer;

    @Autowired
    Services services;

    @Autowired
    SearchIndex index;

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryIndexer indexer;

    @Autowired
    DirectoryGenerator generator;

    @Autowired
    Environment environment;

    @Test
    void exportThenImportIntoAnEmptyDirectoryReproducesTheSameData() throws Exception {
        List<DirectoryService> before = transfer.sorted();
        byte[] json = transfer.exportJson();
        byte[] zip = transfer.exportPackage();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getResourceAsStream("/hsds/service.json"));
        JsonNode exported = new ObjectMapper().readTree(json);
        for (int i = 0; i < 25; i++) {
            assertThat(schema.validate(exported.get(i))).isEmpty();
        }
        try {
            transfer.deleteEverything();
            assertThat(services.count()).isZero();
            DirectoryTransfer.Outcome fromPackage = transfer.importPackage("directory.zip", zip);
            assertThat(fromPackage.problems()).isEmpty();
            assertThat(transfer.sorted()).isEqualTo(before);
            transfer.deleteEverything();
            DirectoryTransfer.Outcome fromJson = transfer.importJson("directory.json", json);
            assertThat(fromJson.problems()).isEmpty();
            assertThat(transfer.sorted()).isEqualTo(before);
            assertThat(index.size()).isEqualTo(before.size());
        } finally {
            if (services.count() != before.size()) {
                transfer.deleteEverything();
                transfer.importJson("restore.json", json);
            }
        }
    }

    @Test
    void aConfidentialLocationTravelsMarkedAndWithItsAddressThroughTheAdminExportsAndBack() throws Exception {
        DirectoryService s = services.all().stream()
                .filter(x -> !x.confidentialLocation() && x.sites().size() == 1)
                .skip(300)
                .findFirst()
                .orElseThrow();
        String street = s.sites().get(0).address1();
        try {
            confidential(s, true);
            JsonNode record = null;
            for (JsonNode r : new ObjectMapper().readTree(transfer.exportJson())) {
                record = s.id().toString().equals(r.path("id").asText()) ? r : record;
            }
            assertThat(record).isNotNull();
            assertThat(record.path("x_harbour").path("confidential_location").asBoolean())
                    .isTrue();
            assertThat(record.path("service_at_locations")
                            .get(0)
                            .path("location")
                            .path("addresses")
                            .get(0)
                            .path("address_1")
                            .asText())
                    .isEqualTo(street);
            byte[] zip = transfer.exportPackage();
            String servicesCsv = unzip(zip, "services.csv");
            assertThat(servicesCsv.lines().findFirst().orElseThrow()).endsWith(",x_confidential_location");
            assertThat(servicesCsv.lines().filter(l -> l.startsWith(s.id().toString())))
                    .singleElement()
                    .satisfies(l -> assertThat(l).endsWith(",true"));

            confidential(s, false);
            assertThat(transfer.importJson("one.json", ("[" + record + "]").getBytes(StandardCharsets.UTF_8))
                            .problems())
                    .isEmpty();
            assertThat(services.find(s.id()).orElseThrow().confidentialLocation())
                    .isTrue();
            assertThat(services.find(s.id()).orElseThrow().sites().get(0).address1())
                    .isEqualTo(street);

            confidential(s, false);
            assertThat(transfer.importPackage("directory.zip", zip).problems()).isEmpty();
            assertThat(services.find(s.id()).orElseThrow().confidentialLocation())
                    .isTrue();
            assertThat(services.find(s.id()).orElseThrow().sites().get(0).address1())
                    .isEqualTo(street);
        } finally {
            confidential(s, false);
        }
    }

    private void confidential(DirectoryService s, boolean confidential) {
        jdbc.sql("update dir_service set confidential_location = :c where id = :id")
                .param("c", confidential)
                .param("id", s.id())
                .update();
        indexer.reindex(List.of(s.id()));
    }

    private static String unzip(byte[] zip, String name) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the package");
    }

    @Test
    void malformedJsonRecordsAreAllReportedAndNothingIsImported() {
        int count = services.count();
        String file = "[" + String.format(SERVICE, GOOD_ID, "\"Fine\"", "12", SHELTER) + ","
                + String.format(SERVICE, "not-a-uuid", "\"Bad id\"", "12", SHELTER) + ","
                + String.format(SERVICE, "0a4e0000-0000-4000-8000-000000000003", "null", "\"ten\"", SHELTER) + ","
                + String.format(
                        SERVICE,
                        "0a4e0000-0000-4000-8000-000000000004",
                        "42",
                        "12",
                        "0a4e0000-0000-4000-8000-0000000000ff")
                + "]";
        DirectoryTransfer.Outcome outcome = transfer.importJson("bad.json", file.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .extracting(ImportProblem::row, ImportProblem::field, ImportProblem::messageKey)
                .contains(
                        Tuple.tuple(2, "id", "directory.import.uuid"),
                        Tuple.tuple(3, "name", "directory.import.required"),
                        Tuple.tuple(3, "minimum_age", "directory.import.notNumber"),
                        Tuple.tuple(4, "name", "directory.import.notText"),
                        Tuple.tuple(4, "attributes.taxonomy_term_id", "directory.import.unknownTerm"));
        assertThat(services.count()).isEqualTo(count);
        assertThat(services.find(UUID.fromString(GOOD_ID))).isEmpty();
        assertThat(transfer.importJson("x.json", "{not json".getBytes()).problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("directory.import.notJson");
        assertThat(transfer.importJson("huge.json", new byte[DirectoryTransfer.MAX_BYTES + 1])
                        .problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("directory.import.tooLarge");
    }

    @Test
    void theImportTakesWhatTheExportWritesForTheLargestDirectoryItAccepts() throws Exception {
        Random random = new Random(15);
        List<DirectoryService> sample = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sample.addAll(generator.organization(random, null).services());
        }
        int largest = sample.stream()
                .mapToInt(s -> DirectoryTransfer.exportBytes(List.of(s)).length)
                .max()
                .orElseThrow();
        // the most services the import accepts, each as large as the largest generated one, with half again to spare
        assertThat((long) largest * DirectoryTransfer.MAX_RECORDS * 3 / 2)
                .isLessThanOrEqualTo(DirectoryTransfer.MAX_BYTES);
        // and the upload itself is let through up to that limit
        assertThat(DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size"))
                        .toBytes())
                .isGreaterThanOrEqualTo(DirectoryTransfer.MAX_BYTES);
        assertThat(DataSize.parse(environment.getProperty("spring.servlet.multipart.max-request-size"))
                        .toBytes())
                .isGreaterThan(DirectoryTransfer.MAX_BYTES);
        // the page states the limits it applies
        mvc.perform(get("/admin/directory").with(staff.as("admin")))
                .andExpect(content()
                        .string(containsString(
                                "up to " + DirectoryTransfer.MAX_BYTES / (1024 * 1024) + " MB and 10,000 services")));
    }

    @Test
    void brokenOrIncompleteDatapackagesAreRefusedWithFileRowAndColumn() throws Exception {
        assertThat(transfer.importPackage("p.zip", "PK not really a zip".getBytes())
                        .problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("directory.import.notZip");
        byte[] onlyServices = zip("services.csv", "id,name,status\r\n" + GOOD_ID + ",X,active\r\n");
        assertThat(transfer.importPackage("p.zip", onlyServices).problems())
                .extracting(ImportProblem::file)
                .containsExactly("organizations.csv");
        byte[] badTypes = zip(
                "organizations.csv",
                "id,name,description\r\n0a4e0000-0000-4000-8000-00000000000a,Org,\r\n",
                "services.csv",
                "id,organization_id,name,status,minimum_age,x_open_24_7\r\n" + GOOD_ID
                        + ",0a4e0000-0000-4000-8000-00000000000a,X,active,twelve,maybe\r\n");
        assertThat(transfer.importPackage("p.zip", badTypes).problems())
                .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::field)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("services.csv", 2, "minimum_age"), Tuple.tuple("services.csv", 2, "x_open_24_7"));
        assertThat(services.find(UUID.fromString(GOOD_ID))).isEmpty();
    }

    @Test
    void administratorsGetTheReportInTheirLanguageAndOthersCannotImport() throws Exception {
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "../../etc/bad.json",
                "application/json",
                String.format(SERVICE, "nope", "\"X\"", "12", SHELTER).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/directory/import")
                        .file(bad)
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Rien n&#39;a été importé"),
                                containsString("n&#39;est pas un UUID valide"),
                                containsString("bad.json"))));
        mvc.perform(multipart("/admin/directory/import")
                        .file(bad)
                        .with(staff.as("supervisor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/directory/export.json").with(staff.as("supervisor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/directory/export.zip").with(staff.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/directory").with(staff.as("admin"))).andExpect(status().isOk());
    }

    private static byte[] zip(String... nameAndText) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < nameAndText.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndText[i]));
                zip.write(nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
