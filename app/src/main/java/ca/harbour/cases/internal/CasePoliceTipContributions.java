package ca.harbour.cases.internal;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What tips to police from cases add: their audit type, their encrypted columns and the supervisors' list. */
@Configuration
class CasePoliceTipContributions {

    @Bean
    AuditResourceType casePoliceTipAuditType() {
        return AuditResourceType.of("case_police_tip", "cases.policeTip.auditType");
    }

    @Bean
    EncryptedColumn casePoliceTipNote() {
        return new EncryptedColumn("case_police_tip", "id", "note", CasePoliceTipRecords.NOTE);
    }

    @Bean
    EncryptedColumn casePoliceTipReason() {
        return new EncryptedColumn("case_police_tip", "id", "exception_reason", CasePoliceTipRecords.REASON);
    }

    @Bean
    NavigationEntry casePoliceTipExceptionsNavigation() {
        return NavigationEntry.to("/cases/police-tips/exceptions", "cases.policeTip.exceptionsNav", 66)
                .forAny(CasesContributions.CASE_MANAGE.authority())
                .withCard("cases.policeTip.exceptionsCard");
    }
}
