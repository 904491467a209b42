package ca.harbour.cases.internal.work;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.platform.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What case work adds to cases: its audit types and its encrypted columns. Its tables come with the cases
 * module's migrations; its permissions are the case's own (reading the case reads its work, changing it changes
 * its work).
 */
@Configuration(proxyBeanMethods = false)
public class CaseWorkContributions {

    @Bean
    AuditResourceType safetyPlanAuditType() {
        return AuditResourceType.of(SafetyPlanDesk.AUDIT_TYPE, "cases.work.safety.auditType");
    }

    @Bean
    AuditResourceType needsAuditType() {
        return AuditResourceType.of(NeedsDesk.AUDIT_TYPE, "cases.work.needs.auditType");
    }

    @Bean
    AuditResourceType servicePlanAuditType() {
        return AuditResourceType.of(ServicePlanDesk.AUDIT_TYPE, "cases.work.plan.auditType");
    }

    @Bean
    AuditResourceType noteAuditType() {
        return AuditResourceType.of(NoteDesk.AUDIT_TYPE, "cases.work.notes.auditType");
    }

    @Bean
    EncryptedColumn safetyPlanDocument() {
        return new EncryptedColumn("case_safety_plan", "case_id", "document", SafetyPlans.DOCUMENT);
    }

    @Bean
    EncryptedColumn needNote() {
        return new EncryptedColumn("case_need", "id", "note", NeedsAssessments.NOTE);
    }

    @Bean
    EncryptedColumn goalText() {
        return new EncryptedColumn("case_goal", "id", "text", ServicePlanRecords.GOAL_TEXT);
    }

    @Bean
    EncryptedColumn noteBody() {
        return new EncryptedColumn("case_note", "id", "body", CaseNotes.BODY);
    }
}
