package ca.harbour.intelligence.internal;

import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.UPDATE;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.database.ModuleMigrations;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What intelligence adds: the police service's analysts read and work the tips sent to them; the sending
 * organization's advocates and supervisors follow what became of the tips they sent. Its inbox (where analysts
 * land), its sent list, its tables and its audit type.
 */
@Configuration(proxyBeanMethods = false)
public class IntelligenceContributions {

    /** A tip received by the viewer's police service. */
    public static final Permission TIP_READ = Permission.of("POLICE_TIP", READ);

    public static final Permission TIP_UPDATE = Permission.of("POLICE_TIP", UPDATE);

    /** A tip sent by the viewer's organization: its status and feedback. */
    public static final Permission SENT_READ = Permission.of("POLICE_TIP_SENT", READ);

    @Bean
    PermissionGrants intelligencePermissions() {
        return PermissionGrants.module("intelligence")
                .resources("POLICE_TIP", "POLICE_TIP_SENT")
                .readsPersonalData(TIP_READ, SENT_READ)
                .grant(Role.POLICE_ANALYST, Scope.ORGANIZATION, TIP_READ, TIP_UPDATE)
                .grant(Role.ADVOCATE, Scope.ORGANIZATION, SENT_READ)
                .grant(Role.SUPERVISOR, Scope.ORGANIZATION, SENT_READ)
                .build();
    }

    @Bean
    NavigationEntry policeInboxNavigation() {
        return NavigationEntry.to("/intelligence/inbox", "intelligence.nav", 25)
                .forAny(TIP_READ.authority())
                .withCard("intelligence.card")
                .landingFor("ROLE_" + Role.POLICE_ANALYST.name(), 10);
    }

    @Bean
    NavigationEntry sentTipsNavigation() {
        return NavigationEntry.to("/intelligence/sent", "intelligence.sentNav", 65)
                .forAny(SENT_READ.authority())
                .withCard("intelligence.sentCard");
    }

    @Bean
    AuditResourceType policeTipAuditType() {
        return AuditResourceType.of("police_tip", "intelligence.auditType");
    }

    @Bean
    ModuleMigrations intelligenceMigrations() {
        return new ModuleMigrations("intelligence");
    }

    @Bean
    EncryptedColumn policeTipContent() {
        return new EncryptedColumn("police_tip", "id", "content", PoliceTips.CONTENT);
    }

    @Bean
    EncryptedColumn policeTipFeedback() {
        return new EncryptedColumn("police_tip", "id", "feedback", PoliceTips.FEEDBACK);
    }
}
