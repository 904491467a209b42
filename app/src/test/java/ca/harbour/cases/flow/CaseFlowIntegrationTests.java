package ca.harbour.cases.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.cases.CaseFiles;
import ca.harbour.cases.CaseOrigin;
import ca.harbour.cases.NewCase;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.ReencryptionForTests;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case's tasks, documents and approvals through the pages and the API: the case's access decides (assigned
 * workers and supervisors change, the agency reads, another agency gets a 404 audited as denied), documents are
 * typed from their bytes and kept encrypted, and only another supervisor of the agency decides an approval.
 */
@HarbourTest
class CaseFlowIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles cases;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReencryptionForTests reencryption;

    @Autowired
    List<EncryptedColumn> encryptedColumns;

    private Authentication worker;
    private Authentication colleague;
    private Authentication supervisor;
    private Authentication otherSupervisor;
    private Authentication stranger;
    private UUID caseId;

    @BeforeEach
    void aCase() {
        Organization agency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        Organization otherAgency = fixtures.organization(OrganizationType.SERVICE_PROVIDER);
        worker = fixtures.staff(agency, Role.CASE_WORKER);
        colleague = fixtures.staff(agency, Role.CASE_WORKER);
        supervisor = fixtures.staff(agency, Role.SUPERVISOR);
        otherSupervisor = fixtures.staff(agency, Role.SUPERVISOR);
        stranger = fixtures.staff(otherAgency, Role.SUPERVISOR);
        caseId = cases.open(
                Fixtures.principal(worker),
                new NewCase(CaseOrigin.DIRECT, null, "Flow person", null, List.of(), List.of()));
    }

    private static UUID id(Authentication a) {
        return Fixtures.principal(a).userId();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private int denied() {
        return count("select count(*) from audit_event where action = 'DENIED' and resource_id = ?", caseId.toString());
    }

    private void addTask(Authentication as, String title, String due, UUID assignee) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/tasks")
                        .with(authentication(as))
                        .with(csrf())
                        .param("title", title)
                        .param("dueOn", due)
                        .param("assigneeId", assignee.toString()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/tasks"));
    }

    @Test
    void anAssignedWorkerAddsATaskTheAgencyReadsItAndAnotherAgencyGetsAnAuditedNotFound() throws Exception {
        addTask(worker, "Call the shelter", LocalDate.now().plusDays(3).toString(), id(worker));
        assertThat(count("select count(*) from case_task where case_id = ?", caseId))
                .isEqualTo(1);
        byte[] title = jdbc.queryForObject("select title from case_task where case_id = ?", byte[].class, caseId);
        assertThat(new String(title, StandardCharsets.ISO_8859_1)).doesNotContain("shelter");
        assertThat(count("select count(*) from case_event where case_id = ? and kind = 'TASK_ADDED'", caseId))
                .isEqualTo(1);

        mvc.perform(get("/cases/" + caseId + "/tasks").with(authentication(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Call the shelter")))
                .andExpect(content().string(not(containsString("id=\"task-form\""))));
        mvc.perform(get("/api/v1/cases/" + caseId + "/tasks").with(authentication(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Call the shelter"))
                .andExpect(jsonPath("$[0].overdue").value(false));

        int before = denied();
        mvc.perform(get("/cases/" + caseId + "/tasks").with(authentication(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Call the shelter"))));
        mvc.perform(get("/api/v1/cases/" + caseId + "/tasks").with(authentication(stranger)))
                .andExpect(status().isNotFound());
        assertThat(denied()).isEqualTo(before + 2);
    }

    @Test
    void aColleagueNotAssignedCannotAddAndBadTasksAreRefusedNextToTheirFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/tasks")
                        .with(authentication(colleague))
                        .with(csrf())
                        .param("title", "Sneaky")
                        .param("dueOn", LocalDate.now().toString())
                        .param("assigneeId", id(colleague).toString()))
                .andExpect(flash().attribute("errors", Map.of("form", cases_error_notYours())));
        mvc.perform(post("/cases/" + caseId + "/tasks")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("title", "Book interpreter")
                        .param("dueOn", "2026-02-31")
                        .param("assigneeId", id(stranger).toString()))
                .andExpect(flash().attribute(
                                "typed",
                                Map.of(
                                        "title",
                                        "Book interpreter",
                                        "dueOn",
                                        "2026-02-31",
                                        "assigneeId",
                                        id(stranger).toString())))
                .andExpect(flash().attribute("errors", Map.of("dueOn", "Enter a real date, such as 2027-03-31.")));
        mvc.perform(post("/api/v1/cases/" + caseId + "/tasks")
                        .with(authentication(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"dueOn\":\"2020-01-01\",\"assigneeId\":\"" + id(stranger) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.dueOn").exists())
                .andExpect(jsonPath("$.errors.assigneeId").exists());
        assertThat(count("select count(*) from case_task where case_id = ?", caseId))
                .isZero();
    }

    private static String cases_error_notYours() {
        return "Only the workers assigned to this case, or a supervisor of its agency, can change it.";
    }

    @Test
    void myTasksShowsTheViewersOverdueTasksFirstAndTheAssigneeMarksOneDone() throws Exception {
        addTask(supervisor, "Later task", LocalDate.now().plusDays(5).toString(), id(colleague));
        addTask(supervisor, "Late task", LocalDate.now().toString(), id(colleague));
        addTask(supervisor, "Next month", LocalDate.now().plusDays(30).toString(), id(colleague));
        jdbc.update(
                "update case_task set due_on = current_date - 3 where case_id = ? and due_on = current_date", caseId);

        mvc.perform(get("/api/v1/cases/tasks").with(authentication(colleague)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[1].overdue").value(false));
        mvc.perform(get("/cases/tasks").with(authentication(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 task is overdue.")))
                .andExpect(content().string(not(containsString("Next month"))));
        mvc.perform(get("/api/v1/cases/tasks").with(authentication(worker)))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(caseId.toString()))));

        UUID late = jdbc.queryForObject(
                "select id from case_task where case_id = ? and due_on < current_date", UUID.class, caseId);
        mvc.perform(post("/cases/" + caseId + "/tasks/" + late + "/done")
                        .with(authentication(colleague))
                        .with(csrf())
                        .param("back", "mine"))
                .andExpect(redirectedUrl("/cases/tasks"));
        assertThat(count("select count(*) from case_task where id = ? and done_by = ?", late, id(colleague)))
                .isEqualTo(1);
        mvc.perform(post("/api/v1/cases/" + caseId + "/tasks/" + late + "/done")
                        .with(authentication(worker))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases/" + caseId + "/tasks/" + late + "/done")
                        .with(authentication(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPdfNamedAsAPictureIsKeptAsAPdfEncryptedAndDownloadedAsAnAttachment() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "holiday.png", "image/png", CaseFlowRulesTests.pdf());
        mvc.perform(multipart("/cases/" + caseId + "/documents")
                        .file(file)
                        .param("kind", "COURT_DOCUMENT")
                        .with(authentication(worker))
                        .with(csrf()))
                .andExpect(flash().attribute("noticeKey", "cases.flow.document.added"));
        UUID document = jdbc.queryForObject("select id from case_document where case_id = ?", UUID.class, caseId);
        assertThat(jdbc.queryForObject("select content_type from case_document where id = ?", String.class, document))
                .isEqualTo("application/pdf");
        byte[] stored = jdbc.queryForObject("select content from case_document where id = ?", byte[].class, document);
        byte[] name = jdbc.queryForObject("select file_name from case_document where id = ?", byte[].class, document);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(new String(name, StandardCharsets.ISO_8859_1)).doesNotContain("holiday");

        mvc.perform(get("/cases/" + caseId + "/documents").with(authentication(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("holiday.png")))
                .andExpect(content().string(containsString("application/pdf")));
        mvc.perform(get("/cases/" + caseId + "/documents/" + document).with(authentication(colleague)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(".pdf")))
                .andExpect(content().bytes(CaseFlowRulesTests.pdf()));
        assertThat(count(
                        "select count(*) from audit_event where action = 'EXPORT' and resource_type = 'case_document'"
                                + " and resource_id = ?",
                        document.toString()))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + caseId + "/documents/" + document + "/content")
                        .with(authentication(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/documents").with(authentication(supervisor)))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$[0].fileName").value("holiday.png"));
    }

    @Test
    void afterKeyRotationDocumentsMoveToTheNewKeyInSmallBatchesWithTheirBytesUnchanged() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff, (byte) 0xc3, 0x28};
        for (int i = 0; i < 3; i++) {
            mvc.perform(multipart("/cases/" + caseId + "/documents")
                            .file(new MockMultipartFile("file", "scan" + i + ".png", "image/png", png))
                            .param("kind", "ID_DOCUMENT")
                            .with(authentication(worker))
                            .with(csrf()))
                    .andExpect(flash().attribute("noticeKey", "cases.flow.document.added"));
        }
        List<EncryptedColumn> content = encryptedColumns.stream()
                .filter(c -> c.table().equals("case_document"))
                .toList();
        assertThat(content).extracting(EncryptedColumn::column).containsExactlyInAnyOrder("file_name", "content");
        FieldCipher rotated = reencryption.rotated();
        try {
            assertThat(reencryption.run(content, rotated)).isGreaterThanOrEqualTo(6);
            for (UUID document :
                    jdbc.queryForList("select id from case_document where case_id = ?", UUID.class, caseId)) {
                byte[] stored =
                        jdbc.queryForObject("select content from case_document where id = ?", byte[].class, document);
                assertThat(rotated.keyIdOf(stored)).isEqualTo("rotated");
                assertThat(rotated.decryptBytes(stored, "case_document.content"))
                        .isEqualTo(png);
            }
        } finally {
            reencryption.run(content, reencryption.original());
        }
        UUID one = jdbc.queryForList("select id from case_document where case_id = ?", UUID.class, caseId)
                .get(0);
        mvc.perform(get("/cases/" + caseId + "/documents/" + one).with(authentication(worker)))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(png));
    }

    @Test
    void programsWebPagesAndOversizedFilesAreRefusedNextToTheFileAndNothingIsStored() throws Exception {
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(CaseFlowRulesTests.pdf(), 0, huge, 0, CaseFlowRulesTests.pdf().length);
        String typeError = "This kind of file cannot be added. Add a PDF, PNG, JPEG, plain text, Word (DOCX) or"
                + " OpenDocument text (ODT) file.";
        for (var refused : List.of(
                Map.entry(new MockMultipartFile("file", "report.pdf", "application/pdf", exe), typeError),
                Map.entry(new MockMultipartFile("file", "note.txt", "text/plain", html), typeError),
                Map.entry(
                        new MockMultipartFile("file", "big.pdf", "application/pdf", huge),
                        "This file is too large. Add a smaller file."))) {
            mvc.perform(multipart("/cases/" + caseId + "/documents")
                            .file(refused.getKey())
                            .param("kind", "OTHER")
                            .with(authentication(worker))
                            .with(csrf()))
                    .andExpect(flash().attribute("errors", Map.of("file", refused.getValue())));
        }
        mvc.perform(multipart("/api/v1/cases/" + caseId + "/documents")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", exe))
                        .param("kind", "WRONG")
                        .with(authentication(worker))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").exists())
                .andExpect(jsonPath("$.errors.file").value(typeError));
        mvc.perform(multipart("/cases/" + caseId + "/documents")
                        .file(new MockMultipartFile("file", "ok.pdf", "application/pdf", CaseFlowRulesTests.pdf()))
                        .param("kind", "OTHER")
                        .with(authentication(colleague))
                        .with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("form", cases_error_notYours())));
        assertThat(count("select count(*) from case_document where case_id = ?", caseId))
                .isZero();
    }

    /** The request as the server's multipart parser sees a file over its limit: reading the parts fails. */
    private static MockHttpServletRequest overTheMultipartLimit(MockHttpServletRequest request) {
        MockHttpServletRequest tooLarge = Mockito.spy(request);
        try {
            Mockito.doThrow(new IllegalStateException(
                            "The field file exceeds its maximum permitted size of 83886080 bytes."))
                    .when(tooLarge)
                    .getParts();
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
        return tooLarge;
    }

    @Test
    void aFileOverTheServersMultipartLimitComesBackAsTheSizeErrorNextToTheFileAndNeverAsAServerError()
            throws Exception {
        mvc.perform(post("/cases/" + caseId + "/documents")
                        .contentType("multipart/form-data; boundary=harbour")
                        .with(authentication(worker))
                        .with(csrf())
                        .with(CaseFlowIntegrationTests::overTheMultipartLimit))
                .andExpect(redirectedUrl("/cases/" + caseId + "/documents"))
                .andExpect(flash().attribute("errors", Map.of("file", "This file is too large. Add a smaller file.")));
        mvc.perform(post("/cases/" + caseId + "/tasks")
                        .contentType("multipart/form-data; boundary=harbour")
                        .with(authentication(worker))
                        .with(csrf())
                        .with(CaseFlowIntegrationTests::overTheMultipartLimit))
                .andExpect(status().isPayloadTooLarge());
        assertThat(count("select count(*) from case_document where case_id = ?", caseId))
                .isZero();
    }

    @Test
    void anotherSupervisorOfTheAgencyApprovesAClosureWhichClosesTheCase() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/approvals")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("kind", "CLOSURE")
                        .param("closingStatus", "CLOSED_REFERRED")
                        .param("reason", "Moved to another town"))
                .andExpect(flash().attribute("noticeKey", "cases.flow.approval.requested"));
        mvc.perform(post("/cases/" + caseId + "/approvals")
                        .with(authentication(worker))
                        .with(csrf())
                        .param("kind", "CLOSURE")
                        .param("closingStatus", "CLOSED")
                        .param("reason", "Again"))
                .andExpect(flash().attribute(
                                "errors",
                                Map.of("form", "An approval of this kind is already waiting for this case.")));
        UUID approval = jdbc.queryForObject("select id from case_approval where case_id = ?", UUID.class, caseId);

        mvc.perform(get("/cases/approvals").with(authentication(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/cases/" + caseId + "/approvals")));
        mvc.perform(get("/cases/approvals").with(authentication(stranger)))
                .andExpect(content().string(not(containsString(caseId.toString()))));
        mvc.perform(get("/cases/approvals").with(authentication(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/approvals").with(authentication(supervisor)))
                .andExpect(jsonPath("$[*].caseId", hasItem(caseId.toString())));
        mvc.perform(get("/api/v1/cases/approvals").with(authentication(stranger)))
                .andExpect(jsonPath("$[*].caseId", not(hasItem(caseId.toString()))));

        String decision = "/api/v1/cases/" + caseId + "/approvals/" + approval + "/decision";
        mvc.perform(post(decision)
                        .with(authentication(worker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(decision)
                        .with(authentication(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(decision)
                        .with(authentication(supervisor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECT\",\"comment\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.comment").exists());
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId))
                .isEqualTo("ACTIVE");

        mvc.perform(post("/cases/" + caseId + "/approvals/" + approval + "/decision")
                        .with(authentication(supervisor))
                        .with(csrf())
                        .param("decision", "APPROVE")
                        .param("comment", "Agreed"))
                .andExpect(flash().attribute("noticeKey", "cases.flow.approval.approved"));
        Map<String, Object> closed =
                jdbc.queryForMap("select status, stage, closed_at from case_file where id = ?", caseId);
        assertThat(closed.get("status")).isEqualTo("CLOSED_REFERRED");
        assertThat(closed.get("stage")).isEqualTo("CLOSURE");
        assertThat(closed.get("closed_at")).isNotNull();
        assertThat(count(
                        "select count(*) from case_event where case_id = ? and kind in ('APPROVAL_REQUESTED',"
                                + " 'APPROVAL_GRANTED', 'CASE_CLOSED')",
                        caseId))
                .isEqualTo(3);
        byte[] reason = jdbc.queryForObject("select reason from case_approval where id = ?", byte[].class, approval);
        assertThat(new String(reason, StandardCharsets.ISO_8859_1)).doesNotContain("town");
        mvc.perform(get("/api/v1/cases/" + caseId + "/approvals").with(authentication(colleague)))
                .andExpect(jsonPath("$[0].state").value("APPROVED"))
                .andExpect(jsonPath("$[0].comment").value("Agreed"));
    }

    @Test
    void aSupervisorNeverDecidesTheirOwnRequestAndAnApprovedPlanMovesPlanningToServices() throws Exception {
        jdbc.update("update case_file set stage = 'PLANNING' where id = ?", caseId);
        String created = mvc.perform(post("/api/v1/cases/" + caseId + "/approvals")
                        .with(authentication(supervisor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CASE_PLAN\",\"reason\":\"Housing first\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID approval = UUID.fromString(created.replace("\"", ""));
        mvc.perform(post("/cases/" + caseId + "/approvals/" + approval + "/decision")
                        .with(authentication(supervisor))
                        .with(csrf())
                        .param("decision", "APPROVE"))
                .andExpect(flash().attribute(
                                "errors",
                                Map.of("form", "You cannot decide on your own request: another supervisor decides.")));
        mvc.perform(post("/cases/" + caseId + "/approvals/" + approval + "/decision")
                        .with(authentication(otherSupervisor))
                        .with(csrf())
                        .param("decision", "APPROVE"))
                .andExpect(flash().attribute("noticeKey", "cases.flow.approval.approved"));
        assertThat(jdbc.queryForObject("select stage from case_file where id = ?", String.class, caseId))
                .isEqualTo("SERVICES");
        assertThat(jdbc.queryForObject("select status from case_file where id = ?", String.class, caseId))
                .isEqualTo("ACTIVE");
        mvc.perform(get("/cases/" + caseId + "/approvals").with(authentication(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Housing first")))
                .andExpect(content().string(containsString("Approved")));
    }
}
