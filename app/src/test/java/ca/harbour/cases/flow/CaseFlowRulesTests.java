package ca.harbour.cases.flow;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.cases.internal.flow.DocumentTypes;
import ca.harbour.cases.internal.flow.TaskRules;
import ca.harbour.platform.domain.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A task's fields, and a document's type read from its bytes only. */
class CaseFlowRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final UUID WORKER = UUID.randomUUID();

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aTaskNeedsATitleADueDateFromTodayToTwoYearsAndAWorkerOfTheAgency() {
        assertThat(TaskRules.check("Call", TODAY, WORKER, Set.of(WORKER), TODAY))
                .isEmpty();
        assertThat(TaskRules.check("Call", TODAY.plusYears(2), WORKER, Set.of(WORKER), TODAY))
                .isEmpty();
        Rejection all = TaskRules.check(" ", TODAY.minusDays(1), UUID.randomUUID(), Set.of(WORKER), TODAY)
                .orElseThrow();
        assertThat(all.fields()).containsOnlyKeys("title", "dueOn", "assigneeId");
        assertThat(TaskRules.check("x".repeat(201), null, null, Set.of(WORKER), TODAY)
                        .orElseThrow()
                        .fields())
                .containsEntry("title", "cases.flow.error.tooLong")
                .containsEntry("dueOn", "cases.flow.task.error.dueOn")
                .containsKey("assigneeId");
        assertThat(TaskRules.check("Call", TODAY.plusYears(2).plusDays(1), WORKER, Set.of(WORKER), TODAY)
                        .orElseThrow()
                        .fields())
                .containsOnlyKeys("dueOn");
    }

    @Test
    void theAllowedTypesAreReadFromTheBytes() throws IOException {
        assertThat(DocumentTypes.allowed(pdf())).contains("application/pdf");
        assertThat(DocumentTypes.allowed(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}))
                .contains("image/png");
        assertThat(DocumentTypes.allowed(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16}))
                .contains("image/jpeg");
        assertThat(DocumentTypes.allowed("Notes from the meeting, à revoir.".getBytes(StandardCharsets.UTF_8)))
                .contains("text/plain");
        assertThat(DocumentTypes.allowed(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void programsWebPagesAndOtherZipsAreRefused() throws IOException {
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(DocumentTypes.allowed(exe)).isEmpty();
        assertThat(DocumentTypes.allowed(
                        "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(DocumentTypes.allowed(zip("payload.exe"))).isEmpty();
        assertThat(DocumentTypes.allowed(zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEmpty();
    }
}
