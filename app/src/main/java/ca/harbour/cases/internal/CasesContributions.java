package ca.harbour.cases.internal;

import static ca.harbour.identity.Permission.Action.CREATE;
import static ca.harbour.identity.Permission.Action.EXPORT;
import static ca.harbour.identity.Permission.Action.MANAGE;
import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.SEARCH;
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
 * What cases adds. Need to know (PRODUCT.md): a case worker reads the cases of their agency and changes the
 * cases assigned to them; a supervisor reads and changes every case of the agency; an advocate opens a case from
 * a hotline contact and reads nothing else. Only a supervisor assigns workers, transfers a case to another agency
 * and reopens a closed case. Suspected traffickers named in a case are kept apart: the supervisors of the agency
 * and the workers assigned to the case see them, nobody else.
 */
@Configuration(proxyBeanMethods = false)
public class CasesContributions {

    public static final Permission CASE_READ = Permission.of("CASE", READ);
    public static final Permission CASE_SEARCH = Permission.of("CASE", SEARCH);
    public static final Permission CASE_CREATE = Permission.of("CASE", CREATE);
    public static final Permission CASE_UPDATE = Permission.of("CASE", UPDATE);
    public static final Permission CASE_EXPORT = Permission.of("CASE", EXPORT);
    /** Assign and unassign workers, transfer the case to another agency, reopen it. */
    public static final Permission CASE_MANAGE = Permission.of("CASE", MANAGE);
    /** See (and add) the suspected traffickers named in a case. */
    public static final Permission CASE_PERSON_SENSITIVE_READ = Permission.of("CASE_PERSON_SENSITIVE", READ);

    @Bean
    PermissionGrants casesPermissions() {
        return PermissionGrants.module("cases")
                .resources("CASE", "CASE_PERSON_SENSITIVE")
                .readsPersonalData(
                        CASE_READ, CASE_SEARCH, CASE_UPDATE, CASE_EXPORT, CASE_MANAGE, CASE_PERSON_SENSITIVE_READ)
                .grant(Role.CASE_WORKER, Scope.ORGANIZATION, CASE_READ, CASE_SEARCH, CASE_CREATE)
                .grant(Role.CASE_WORKER, Scope.ASSIGNED, CASE_UPDATE, CASE_EXPORT, CASE_PERSON_SENSITIVE_READ)
                .grant(
                        Role.SUPERVISOR,
                        Scope.ORGANIZATION,
                        CASE_READ,
                        CASE_SEARCH,
                        CASE_CREATE,
                        CASE_UPDATE,
                        CASE_EXPORT,
                        CASE_MANAGE,
                        CASE_PERSON_SENSITIVE_READ)
                .grant(Role.ADVOCATE, Scope.ORGANIZATION, CASE_CREATE)
                .build();
    }

    @Bean
    NavigationEntry casesNavigation() {
        return NavigationEntry.to("/cases", "cases.nav", 15)
                .forAny(CASE_READ.authority())
                .withCard("cases.card")
                .landingFor("ROLE_" + Role.CASE_WORKER.name(), 10)
                .landingFor("ROLE_" + Role.SUPERVISOR.name(), 10);
    }

    @Bean
    AuditResourceType casePersonAuditType() {
        return AuditResourceType.of("case_person", "cases.person.auditType");
    }

    @Bean
    EncryptedColumn casePersonName() {
        return new EncryptedColumn("case_person", "id", "name", PersonRecords.NAME);
    }

    @Bean
    EncryptedColumn casePersonBirthDate() {
        return new EncryptedColumn("case_person", "id", "birth_date", PersonRecords.BIRTH_DATE);
    }

    @Bean
    AuditResourceType caseAuditType() {
        return AuditResourceType.of("case", "cases.auditType");
    }

    @Bean
    AuditResourceType consentAuditType() {
        return AuditResourceType.of("case_consent", "cases.consent.auditType");
    }

    @Bean
    ModuleMigrations casesMigrations() {
        return new ModuleMigrations("cases");
    }

    @Bean
    EncryptedColumn caseLabel() {
        return new EncryptedColumn("case_file", "id", "label", CaseRecords.LABEL);
    }

    @Bean
    EncryptedColumn caseSummary() {
        return new EncryptedColumn("case_file", "id", "summary", CaseRecords.SUMMARY);
    }

    @Bean
    EncryptedColumn consentPurpose() {
        return new EncryptedColumn("case_consent", "id", "purpose", ConsentRecords.PURPOSE);
    }

    @Bean
    EncryptedColumn consentWitness() {
        return new EncryptedColumn("case_consent", "id", "witness", ConsentRecords.WITNESS);
    }

    @Bean
    EncryptedColumn caseDutyReportedBy() {
        return new EncryptedColumn("case_duty_report", "person_id", "reported_by", CaseDutyReports.REPORTED_BY);
    }

    @Bean
    EncryptedColumn caseDutyReference() {
        return new EncryptedColumn("case_duty_report", "person_id", "reference", CaseDutyReports.REFERENCE);
    }
}
