package ca.harbour.referrals.internal;

import static ca.harbour.identity.Permission.Action.CREATE;
import static ca.harbour.identity.Permission.Action.MANAGE;
import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.UPDATE;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.PlatformSettings;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.database.ModuleMigrations;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What referrals adds. Case workers and supervisors read the referrals their agency sent or received and answer
 * the ones it received; sending also needs the right to change the case (assigned worker or supervisor, decided
 * by the cases module); supervisors see the referrals their agency sent without consent, under an exception.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralsContributions {

    public static final Permission REFERRAL_READ = Permission.of("REFERRAL", READ);
    public static final Permission REFERRAL_CREATE = Permission.of("REFERRAL", CREATE);
    /** Answering a referral the viewer's agency received. */
    public static final Permission REFERRAL_UPDATE = Permission.of("REFERRAL", UPDATE);
    /** The list of referrals sent without consent, with their reasons. */
    public static final Permission REFERRAL_MANAGE = Permission.of("REFERRAL", MANAGE);

    @Bean
    PermissionGrants referralsPermissions() {
        return PermissionGrants.module("referrals")
                .resources("REFERRAL")
                .readsPersonalData(REFERRAL_READ, REFERRAL_UPDATE, REFERRAL_MANAGE)
                .grant(Role.CASE_WORKER, Scope.ORGANIZATION, REFERRAL_READ, REFERRAL_CREATE, REFERRAL_UPDATE)
                .grant(
                        Role.SUPERVISOR,
                        Scope.ORGANIZATION,
                        REFERRAL_READ,
                        REFERRAL_CREATE,
                        REFERRAL_UPDATE,
                        REFERRAL_MANAGE)
                .build();
    }

    @Bean
    NavigationEntry referralsNavigation() {
        return NavigationEntry.to("/referrals", "referrals.nav", 16)
                .forAny(REFERRAL_READ.authority())
                .withCard("referrals.card");
    }

    @Bean
    AuditResourceType referralAuditType() {
        return AuditResourceType.of("referral", "referrals.auditType");
    }

    @Bean
    ModuleMigrations referralsMigrations() {
        return new ModuleMigrations("referrals");
    }

    @Bean
    EncryptedColumn referralExceptionReason() {
        return new EncryptedColumn("referral", "id", "exception_reason", Referrals.REASON);
    }

    @Bean
    EncryptedColumn referralTransitionNote() {
        return new EncryptedColumn("referral_transition", "id", "note", Referrals.NOTE);
    }

    @Bean
    ResponseTargets referralResponseTargets(ReferralsSettings settings, PlatformSettings platform) {
        return new ResponseTargets(settings.urgentResponse(), settings.routineBusinessDays(), platform.zone());
    }
}
