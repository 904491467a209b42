package ca.harbour.intake.internal;

import static ca.harbour.identity.Permission.Action.CREATE;
import static ca.harbour.identity.Permission.Action.MANAGE;
import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.UPDATE;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What intake adds to the application: who reads and works hotline contacts and tips (personal data), who
 * publishes triage rules, the live queue (where advocates start) and the contacts in the staff navigation,
 * and its audit types.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeContributions {

    public static final Permission CONTACT_READ = Permission.of("CONTACT", READ);
    public static final Permission CONTACT_CREATE = Permission.of("CONTACT", CREATE);
    public static final Permission CONTACT_UPDATE = Permission.of("CONTACT", UPDATE);
    public static final Permission TIP_READ = Permission.of("TIP", READ);
    public static final Permission TIP_UPDATE = Permission.of("TIP", UPDATE);
    public static final Permission TRIAGE_RULE_MANAGE = Permission.of("TRIAGE_RULE", MANAGE);

    @Bean
    PermissionGrants intakePermissions() {
        return PermissionGrants.module("intake")
                .resources("CONTACT", "TIP", "TRIAGE_RULE")
                .readsPersonalData(CONTACT_READ, TIP_READ)
                .grant(
                        Role.ADVOCATE,
                        Scope.ORGANIZATION,
                        CONTACT_READ,
                        CONTACT_CREATE,
                        CONTACT_UPDATE,
                        TIP_READ,
                        TIP_UPDATE)
                .grant(Role.SUPERVISOR, Scope.ORGANIZATION, CONTACT_READ)
                .grant(Role.POLICE_ANALYST, Scope.ORGANIZATION, TIP_READ)
                .grant(Role.ADMIN, Scope.ALL, TRIAGE_RULE_MANAGE)
                .build();
    }

    @Bean
    NavigationEntry queueNavigation() {
        return NavigationEntry.to("/queue", "queue.nav", 10)
                .forAny(TIP_READ.authority(), CONTACT_READ.authority())
                .withCard("queue.card")
                .landingFor("ROLE_" + Role.ADVOCATE.name(), 10);
    }

    @Bean
    NavigationEntry contactsNavigation() {
        return NavigationEntry.to("/contacts", "contact.nav", 20)
                .forAny(CONTACT_READ.authority())
                .withCard("contact.card");
    }

    /** Overdue reports to a children's aid society, for whoever works or supervises contacts. */
    @Bean
    NavigationEntry dutyToReportNavigation() {
        return NavigationEntry.to("/contacts/duty-to-report", "duty.nav", 25)
                .forAny(CONTACT_READ.authority())
                .withCard("duty.card");
    }

    @Bean
    AuditResourceType tipAuditType() {
        return AuditResourceType.of("tip", "auditType.tip");
    }

    @Bean
    AuditResourceType contactAuditType() {
        return AuditResourceType.of("contact", "auditType.contact");
    }

    @Bean
    AuditResourceType contactActionAuditType() {
        return AuditResourceType.of("contact_action", "auditType.contactAction");
    }

    @Bean
    AuditResourceType triageRulesAuditType() {
        return AuditResourceType.of("triage_rules", "auditType.triageRules");
    }
}
