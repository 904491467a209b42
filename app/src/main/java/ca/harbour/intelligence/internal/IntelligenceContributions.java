package ca.harbour.intelligence.internal;

import static ca.harbour.identity.Permission.Action.CREATE;
import static ca.harbour.identity.Permission.Action.EXPORT;
import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.UPDATE;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.intelligence.internal.graph.EntityKind;
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

    /** The service's ads, their imports and extraction. */
    public static final Permission AD_READ = Permission.of("INTEL_AD", READ);

    /** Importing ads into the service's workspace. */
    public static final Permission AD_IMPORT = Permission.of("INTEL_AD", CREATE);

    /** The service's entities, links and network view. */
    public static final Permission ENTITY_READ = Permission.of("INTEL_ENTITY", READ);

    /** Investigations: the analyst's own, and those shared within the service. */
    public static final Permission INVESTIGATION_READ = Permission.of("INTEL_INVESTIGATION", READ);

    public static final Permission INVESTIGATION_UPDATE = Permission.of("INTEL_INVESTIGATION", UPDATE);

    /** An evidence package of an investigation. */
    public static final Permission INVESTIGATION_EXPORT = Permission.of("INTEL_INVESTIGATION", EXPORT);

    @Bean
    PermissionGrants intelligencePermissions() {
        return PermissionGrants.module("intelligence")
                .resources("POLICE_TIP", "POLICE_TIP_SENT", "INTEL_AD", "INTEL_ENTITY", "INTEL_INVESTIGATION")
                .readsPersonalData(TIP_READ, SENT_READ, AD_READ, ENTITY_READ, INVESTIGATION_READ, INVESTIGATION_EXPORT)
                .grant(Role.POLICE_ANALYST, Scope.ORGANIZATION, TIP_READ, TIP_UPDATE)
                .grant(Role.POLICE_ANALYST, Scope.ORGANIZATION, AD_READ, AD_IMPORT, ENTITY_READ)
                .grant(
                        Role.POLICE_ANALYST,
                        Scope.ORGANIZATION,
                        INVESTIGATION_READ,
                        INVESTIGATION_UPDATE,
                        INVESTIGATION_EXPORT)
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

    /** The workspace's home, where analysts land (above the inbox, which stays in the menu). */
    @Bean
    NavigationEntry workspaceNavigation() {
        return NavigationEntry.to("/intelligence", "intelligence.explore.nav", 24)
                .forAny(ENTITY_READ.authority())
                .withCard("intelligence.explore.card")
                .landingFor("ROLE_" + Role.POLICE_ANALYST.name(), 20);
    }

    @Bean
    NavigationEntry sentTipsNavigation() {
        return NavigationEntry.to("/intelligence/sent", "intelligence.sentNav", 65)
                .forAny(SENT_READ.authority())
                .withCard("intelligence.sentCard");
    }

    @Bean
    NavigationEntry investigationsNavigation() {
        return NavigationEntry.to("/intelligence/investigations", "intelligence.investigations.nav", 27)
                .forAny(INVESTIGATION_READ.authority());
    }

    @Bean
    NavigationEntry adsNavigation() {
        return NavigationEntry.to("/intelligence/ads", "intelligence.ads.nav", 26)
                .forAny(AD_READ.authority())
                .withCard("intelligence.ads.card");
    }

    @Bean
    AuditResourceType policeTipAuditType() {
        return AuditResourceType.of("police_tip", "intelligence.auditType");
    }

    @Bean
    AuditResourceType adAuditType() {
        return AuditResourceType.of("intel_ad", "intelligence.auditType.ad");
    }

    @Bean
    AuditResourceType importAuditType() {
        return AuditResourceType.of("intel_import", "intelligence.auditType.import");
    }

    @Bean
    AuditResourceType entityAuditType() {
        return AuditResourceType.of("intel_entity", "intelligence.auditType.entity");
    }

    @Bean
    AuditResourceType investigationAuditType() {
        return AuditResourceType.of("intel_investigation", "intelligence.auditType.investigation");
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

    @Bean
    EncryptedColumn entityLabel() {
        return new EncryptedColumn("intel_entity", "id", "label", EntityKind.LABEL);
    }

    @Bean
    EncryptedColumn adTitle() {
        return new EncryptedColumn("intel_ad", "id", "title", AD_TITLE);
    }

    @Bean
    EncryptedColumn adBody() {
        return new EncryptedColumn("intel_ad", "id", "body", AD_BODY);
    }

    @Bean
    EncryptedColumn adShingles() {
        return new EncryptedColumn("intel_ad_signature", "ad_id", "shingles", AD_SHINGLES);
    }

    @Bean
    EncryptedColumn investigationName() {
        return new EncryptedColumn("intel_investigation", "id", "name", INVESTIGATION_NAME);
    }

    @Bean
    EncryptedColumn investigationNote() {
        return new EncryptedColumn("intel_investigation_note", "id", "body", INVESTIGATION_NOTE);
    }

    /** The {@code FieldCipher} contexts of the workspace's encrypted columns. */
    public static final String AD_TITLE = "intel_ad.title";

    public static final String AD_BODY = "intel_ad.body";
    public static final String AD_SHINGLES = "intel_ad_signature.shingles";
    public static final String INVESTIGATION_NAME = "intel_investigation.name";
    public static final String INVESTIGATION_NOTE = "intel_investigation_note.body";
}
