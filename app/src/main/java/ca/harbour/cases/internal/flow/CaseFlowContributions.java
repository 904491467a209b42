package ca.harbour.cases.internal.flow;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.cases.internal.CasesContributions;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.Role;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.web.NavigationEntry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What case flow adds: "my tasks" for those who work cases (menu and staff home; its card counts the tasks
 * overdue and due today), the pending approvals for
 * supervisors (staff home), three audit types, and the encrypted columns of tasks, documents and approvals.
 */
@Configuration(proxyBeanMethods = false)
public class CaseFlowContributions {

    @Bean
    NavigationEntry caseTasksNavigation(TaskDesk tasks) {
        return NavigationEntry.to("/cases/tasks", "cases.flow.tasks.nav", 32)
                .forAny(CasesContributions.CASE_UPDATE.authority())
                .withCard("cases.flow.tasks.card")
                .withCounts(() -> CurrentStaff.get().map(tasks::reminders).orElse(List.of()));
    }

    @Bean
    NavigationEntry caseApprovalsNavigation() {
        return NavigationEntry.to("/cases/approvals", "cases.flow.approvals.nav", 33)
                .forAny("ROLE_" + Role.SUPERVISOR.name())
                .cardOnly("cases.flow.approvals.card");
    }

    @Bean
    AuditResourceType caseTaskAuditType() {
        return AuditResourceType.of("case_task", "cases.flow.task.auditType");
    }

    @Bean
    AuditResourceType caseDocumentAuditType() {
        return AuditResourceType.of("case_document", "cases.flow.document.auditType");
    }

    @Bean
    AuditResourceType caseApprovalAuditType() {
        return AuditResourceType.of("case_approval", "cases.flow.approval.auditType");
    }

    @Bean
    EncryptedColumn caseTaskTitle() {
        return new EncryptedColumn("case_task", "id", "title", CaseTasks.TITLE);
    }

    @Bean
    EncryptedColumn caseDocumentName() {
        return new EncryptedColumn("case_document", "id", "file_name", CaseDocuments.FILE_NAME);
    }

    @Bean
    EncryptedColumn caseDocumentContent() {
        // whole files, up to the documents' size limit each: the re-encryption job holds two at a time
        return new EncryptedColumn("case_document", "id", "content", CaseDocuments.CONTENT, 2);
    }

    @Bean
    EncryptedColumn caseApprovalReason() {
        return new EncryptedColumn("case_approval", "id", "reason", CaseApprovals.REASON);
    }

    @Bean
    EncryptedColumn caseApprovalComment() {
        return new EncryptedColumn("case_approval", "id", "comment", CaseApprovals.COMMENT);
    }
}
