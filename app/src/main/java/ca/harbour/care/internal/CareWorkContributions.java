package ca.harbour.care.internal;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Role;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the team's workspace adds to the module: the board in the navigation (where CARE members land), the
 * partners' referral form, the administrators' team page, and the encrypted columns of the team's work.
 */
@Configuration(proxyBeanMethods = false)
class CareWorkContributions {

    @Bean
    NavigationEntry careNavigation() {
        return NavigationEntry.to("/care", "care.nav", 14)
                .forAny(CareContributions.CARE_YOUTH_READ.authority())
                .withCard("care.card")
                .landingFor("ROLE_" + Role.CARE_MEMBER.name(), 10);
    }

    @Bean
    NavigationEntry careReferralNavigation() {
        return NavigationEntry.to("/care/refer", "care.refer.nav", 34)
                .forAny(CareContributions.CARE_YOUTH_CREATE.authority())
                .withCard("care.refer.card");
    }

    @Bean
    NavigationEntry careAdminNavigation() {
        return NavigationEntry.to("/care/admin", "care.admin.nav", 55)
                .forAny(CareContributions.CARE_TEAM_MANAGE.authority())
                .withCard("care.admin.card");
    }

    @Bean
    EncryptedColumn careDecisionReason() {
        return new EncryptedColumn("care_youth_decision", "id", "reason", YouthWorkRecords.REASON);
    }

    @Bean
    AuditResourceType careNoteAuditType() {
        return AuditResourceType.of("care_note", "care.auditType.note");
    }

    @Bean
    EncryptedColumn careDutyReportReference() {
        return new EncryptedColumn("care_duty_report", "youth_id", "reference", YouthWorkRecords.REFERENCE);
    }

    @Bean
    EncryptedColumn careNoteBody() {
        return new EncryptedColumn("care_note", "id", "body", CareNotes.BODY);
    }

    @Bean
    EncryptedColumn careNoteShareReason() {
        return new EncryptedColumn("care_note_share", "note_id", "reason", CareNotes.SHARE_REASON);
    }
}
