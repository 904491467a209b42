package ca.harbour.cases.web;

import ca.harbour.cases.internal.CaseChanges;
import ca.harbour.cases.internal.ContactCases;
import ca.harbour.cases.internal.HtcdsVocabulary;
import ca.harbour.cases.internal.HtcdsVocabulary.CodeList;
import ca.harbour.cases.internal.PersonLanguages;
import ca.harbour.cases.internal.PersonRules;
import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationLookup;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.StaffLookup;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the case pages show beside a case: names of organizations and staff, and the lists to choose from. */
@Component("caseView")
public class CaseView {

    private final OrganizationLookup organizations;
    private final StaffLookup staff;
    private final HtcdsVocabulary vocabulary;
    private final ContactCases contactCases;

    CaseView(
            OrganizationLookup organizations,
            StaffLookup staff,
            HtcdsVocabulary vocabulary,
            ContactCases contactCases) {
        this.organizations = organizations;
        this.staff = staff;
        this.vocabulary = vocabulary;
        this.contactCases = contactCases;
    }

    /** Every active organization, by name: the recipients a consent may name. */
    public List<Organization> allOrganizations() {
        return organizations.active(EnumSet.allOf(OrganizationType.class));
    }

    public Set<UUID> recipientIds() {
        return allOrganizations().stream().map(Organization::id).collect(Collectors.toUnmodifiableSet());
    }

    public Map<UUID, String> organizationNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        allOrganizations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /** The organizations a case may be transferred to, leaving out the one holding it. */
    public List<Organization> transferTargets(UUID holder) {
        return organizations.active(CaseChanges.CASE_HOLDERS).stream()
                .filter(o -> !o.id().equals(holder))
                .toList();
    }

    public List<StaffLookup.StaffMember> workersOf(UUID organizationId) {
        return staff.activeIn(organizationId, CaseChanges.WORKERS);
    }

    public Map<UUID, String> staffNames(Collection<UUID> ids) {
        return staff.names(ids);
    }

    public List<String> codes(String list) {
        return vocabulary.codes(CodeList.valueOf(list));
    }

    public List<String> languages() {
        return PersonLanguages.ALL;
    }

    public List<String> indigenous() {
        return PersonRules.INDIGENOUS;
    }

    public List<String> immigration() {
        return PersonRules.IMMIGRATION;
    }

    /** The reference of the case opened from this contact, for the contact page. */
    public Optional<String> caseOpenedFrom(UUID contactId) {
        return contactCases.referenceFor(contactId);
    }
}
