package ca.harbour.cases.internal;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.web.CardCount;
import ca.harbour.platform.web.NavigationEntry;
import java.util.List;
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
    NavigationEntry casePoliceTipExceptionsNavigation(CasePoliceTipDesk desk) {
        // a card on the supervisors' home, with the count of the last 30 days, rather than one more menu entry
        return NavigationEntry.to("/cases/police-tips/exceptions", "cases.policeTip.exceptionsNav", 66)
                .forAny(CasesContributions.CASE_MANAGE.authority())
                .cardOnly("cases.policeTip.exceptionsCard")
                .withCounts(() -> CurrentStaff.get()
                        .map(me -> List.of(new CardCount(
                                "cases.policeTip.recentExceptions",
                                desk.recentExceptions(me),
                                "/cases/police-tips/exceptions",
                                true)))
                        .orElse(List.of()));
    }
}
