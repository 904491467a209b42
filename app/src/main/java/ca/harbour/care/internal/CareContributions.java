package ca.harbour.care.internal;

import static ca.harbour.identity.Permission.Action.CREATE;
import static ca.harbour.identity.Permission.Action.MANAGE;
import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.UPDATE;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.database.ModuleMigrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the CARE module adds. A CARE member reads and works on the youth of the teams they belong to: the scope
 * {@code ASSIGNED} means "a member of the youth's team" here ({@link CareTeams#MEMBER}), checked on every request so
 * that a removed member loses access at once. Partners (hotline advocates, case workers, supervisors, police
 * analysts and CARE members) may refer a youth to a team; an administrator manages teams and members, which holds
 * no personal data of any youth.
 */
@Configuration(proxyBeanMethods = false)
public class CareContributions {

    public static final Permission CARE_YOUTH_READ = Permission.of("CARE_YOUTH", READ);
    public static final Permission CARE_YOUTH_UPDATE = Permission.of("CARE_YOUTH", UPDATE);
    /** Referring a youth to a team (the partners' web form and the API). */
    public static final Permission CARE_YOUTH_CREATE = Permission.of("CARE_YOUTH", CREATE);
    /** Creating teams and adding or removing members. */
    public static final Permission CARE_TEAM_MANAGE = Permission.of("CARE_TEAM", MANAGE);

    @Bean
    PermissionGrants carePermissions() {
        PermissionGrants.Builder grants = PermissionGrants.module("care")
                .resources("CARE_YOUTH", "CARE_TEAM")
                .readsPersonalData(CARE_YOUTH_READ, CARE_YOUTH_UPDATE)
                .grant(Role.CARE_MEMBER, Scope.ASSIGNED, CARE_YOUTH_READ, CARE_YOUTH_UPDATE)
                .grant(Role.ADMIN, Scope.ALL, CARE_TEAM_MANAGE);
        for (Role partner :
                new Role[] {Role.ADVOCATE, Role.CASE_WORKER, Role.SUPERVISOR, Role.POLICE_ANALYST, Role.CARE_MEMBER}) {
            grants.grant(partner, Scope.ORGANIZATION, CARE_YOUTH_CREATE);
        }
        return grants.build();
    }

    @Bean
    AuditResourceType careYouthAuditType() {
        return AuditResourceType.of("care_youth", "care.auditType.youth");
    }

    @Bean
    AuditResourceType careTeamAuditType() {
        return AuditResourceType.of("care_team", "care.auditType.team");
    }

    @Bean
    ModuleMigrations careMigrations() {
        return new ModuleMigrations("care");
    }

    @Bean
    EncryptedColumn careYouthLabel() {
        return new EncryptedColumn("care_youth", "id", "label", CareYouthRecords.LABEL);
    }

    @Bean
    EncryptedColumn careYouthBirthDate() {
        return new EncryptedColumn("care_youth", "id", "birth_date", CareYouthRecords.BIRTH_DATE);
    }

    @Bean
    AuditResourceType careConsentAuditType() {
        return AuditResourceType.of("care_consent", "care.auditType.consent");
    }

    @Bean
    AuditResourceType careConferenceAuditType() {
        return AuditResourceType.of("care_conference", "care.auditType.conference");
    }

    @Bean
    AuditResourceType careActionAuditType() {
        return AuditResourceType.of("care_action", "care.auditType.action");
    }

    @Bean
    EncryptedColumn careConsentPurpose() {
        return new EncryptedColumn("care_consent", "id", "purpose", YouthConsents.PURPOSE);
    }

    @Bean
    EncryptedColumn careConsentWitness() {
        return new EncryptedColumn("care_consent", "id", "witness", YouthConsents.WITNESS);
    }

    @Bean
    EncryptedColumn careConferenceDecisions() {
        return new EncryptedColumn("care_conference", "id", "decisions", CareConferences.DECISIONS);
    }

    @Bean
    EncryptedColumn careAttendeeName() {
        return new EncryptedColumn("care_conference_attendee", "id", "outside_name", CareConferences.OUTSIDE_NAME);
    }

    @Bean
    EncryptedColumn careAttendeeRole() {
        return new EncryptedColumn("care_conference_attendee", "id", "outside_role", CareConferences.OUTSIDE_ROLE);
    }

    @Bean
    EncryptedColumn careShareReason() {
        return new EncryptedColumn("care_conference_share", "id", "reason", CareConferences.REASON);
    }

    @Bean
    EncryptedColumn careActionDescription() {
        return new EncryptedColumn("care_action", "id", "description", CareActions.DESCRIPTION);
    }
}
