package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.DirectoryIndexer;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryTransfer;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.ServiceRules;
import ca.harbour.directory.internal.ServiceWrites;
import ca.harbour.directory.internal.Services;
import ca.harbour.directory.internal.Taxonomy;
import ca.harbour.directory.internal.Term;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The full service editor: who may use it, that one save changes everything at once, and that bad input changes nothing. */
@HarbourTest
class DirectoryEditorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Services services;

    @Autowired
    SearchIndex index;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceWrites writes;

    @Autowired
    DirectoryIndexer indexer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DirectoryTransfer transfer;

    /** A service the supervisor's organization owns ({@code mine}), or one another organization owns. */
    private DirectoryService supervisorsService(boolean mine, int skip) {
        UUID org = staff.account("supervisor").organizationId();
        return services.all().stream()
                .filter(s -> s.organization().ownerOrganizationId() != null
                        && s.organization().ownerOrganizationId().equals(org) == mine)
                .skip(skip)
                .findFirst()
                .orElseThrow();
    }

    private static String edit(DirectoryService s) {
        return "/staff/directory/services/" + s.id() + "/edit";
    }

    private long audits(DirectoryService s) {
        return jdbc.sql("select count(*) from audit_event where resource_id = :id")
                .param("id", s.id().toString())
                .query(Long.class)
                .single();
    }

    @Test
    void aSupervisorEditsEveryDetailOfTheirOwnServiceInOneAuditedSaveThatSearchFindsAtOnce() throws Exception {
        UUID org = staff.account("supervisor").organizationId();
        DirectoryService mine = services.all().stream()
                .filter(s -> org.equals(s.organization().ownerOrganizationId())
                        && !s.phones().isEmpty()
                        && !s.sites().isEmpty())
                .findFirst()
                .orElseThrow();
        mvc.perform(get(edit(mine)).with(staff.as("supervisor")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Name in French"),
                                containsString("Ojibwe"),
                                containsString("American Sign Language"),
                                containsString("name=\"phoneNumber\""))));
        mvc.perform(get(edit(mine)).with(staff.as("supervisor")).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nom en français"),
                                containsString("Langue des signes"),
                                containsString("lundi"))));
        List<Term> terms = taxonomy.terms().subList(0, 2);
        DirectoryService.Site firstSite = mine.sites().get(0);
        long before = audits(mine);
        mvc.perform(post(edit(mine))
                        .with(staff.as("supervisor"))
                        .with(csrf())
                        .param("name", "Demo Kestrelwood Safe House")
                        .param("nameFr", "Démo — Maison sûre Kestrelwood")
                        .param("description", "Rooms, meals and an advocate.")
                        .param("descriptionFr", "Chambres, repas, intervenante.")
                        .param("applicationProcess", "Call the line, day or night.")
                        .param("applicationProcessFr", "Appelez la ligne.")
                        .param("eligibilityDescription", "Women leaving exploitation, with or without children.")
                        .param("minimumAge", "16")
                        .param("maximumAge", "64")
                        .param("gender", "women")
                        .param("email", "intake@kestrel.example.org")
                        .param("url", "https://kestrel.example.org/help")
                        .param("languages", "en", "fr", "oj", "ase")
                        .param(
                                "terms",
                                terms.get(0).id().toString(),
                                terms.get(1).id().toString())
                        .param("phoneId", mine.phones().get(0).id().toString(), "")
                        .param("phoneNumber", "807-555-0142", "+1 416 555 0199")
                        .param("phoneExtension", "", "23")
                        .param("phoneType", "voice", "text")
                        .param("phoneDescription", "", "Text line, evenings")
                        .param("opens-MO", "09:00")
                        .param("closes-MO", "17:00")
                        .param("opens-TU", "09:00")
                        .param("closes-TU", "17:00")
                        .param("opens-SA", "10:00")
                        .param("closes-SA", "14:00")
                        .param("siteId", firstSite.serviceAtLocationId().toString(), "")
                        .param("siteAddress", "12 Front Street", "40 Elm Street")
                        .param("siteCity", "Sudbury", "kenora")
                        .param("sitePostalCode", "p3a1a1", "")
                        .param("siteAccessibility", "Step-free entrance", ""))
                .andExpect(status().is3xxRedirection());

        DirectoryService after = services.find(mine.id()).orElseThrow();
        assertThat(after.name()).isEqualTo("Demo Kestrelwood Safe House");
        assertThat(after.nameFr()).isEqualTo("Démo — Maison sûre Kestrelwood");
        assertThat(after.applicationProcessFr()).isEqualTo("Appelez la ligne.");
        assertThat(after.eligibilityDescription()).startsWith("Women leaving");
        assertThat(List.of(after.minimumAge(), after.maximumAge())).containsExactly(16, 64);
        assertThat(after.gender()).isEqualTo("women");
        assertThat(after.email()).isEqualTo("intake@kestrel.example.org");
        assertThat(after.languages())
                .extracting(DirectoryService.Language::code)
                .containsExactlyInAnyOrder("en", "fr", "oj", "ase");
        assertThat(after.languages())
                .extracting(DirectoryService.Language::name)
                .contains("Ojibwe");
        assertThat(after.terms()).containsExactlyInAnyOrderElementsOf(terms);
        assertThat(after.phones())
                .extracting(DirectoryService.Phone::number)
                .containsExactly("807-555-0142", "+1 416 555 0199");
        assertThat(after.phones().get(1).extension()).isEqualTo("23");
        assertThat(after.phones().get(1).type()).isEqualTo("text");
        assertThat(after.open247()).isFalse();
        assertThat(after.hours()).extracting(DirectoryService.Hours::byday).containsExactly("MO,TU", "SA");
        assertThat(after.hours().get(1).closesAt()).isEqualTo(LocalTime.of(14, 0));
        assertThat(after.sites())
                .extracting(DirectoryService.Site::address1)
                .containsExactly("12 Front Street", "40 Elm Street");
        var sudbury = new Places().find("Sudbury").orElseThrow();
        assertThat(after.sites().get(0).city()).isEqualTo(sudbury.name());
        assertThat(after.sites().get(0).latitude()).isEqualTo(sudbury.latitude());
        assertThat(after.sites().get(0).postalCode()).isEqualTo("P3A 1A1");
        assertThat(after.sites().get(0).locationId()).isEqualTo(firstSite.locationId());
        assertThat(after.sites().get(1).city()).isEqualTo("Kenora");
        assertThat(after.lastVerified()).isAfter(mine.lastVerified());
        assertThat(audits(mine)).isEqualTo(before + 1);
        assertThat(index.search(SearchQuery.text("Kestrelwood")).hits())
                .anyMatch(h -> h.serviceId().equals(mine.id()));
        mvc.perform(get("/staff/directory/services/" + mine.id())
                        .with(staff.as("supervisor"))
                        .param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Demo Kestrelwood Safe House"),
                                containsString("ext. 23"),
                                containsString("12 Front Street"),
                                containsString("P3A 1A1"))));

        mvc.perform(post(edit(mine))
                        .with(staff.as("supervisor"))
                        .with(csrf())
                        .param("name", "Demo Kestrelwood Safe House")
                        .param("nameFr", "Démo — Maison sûre Kestrelwood")
                        .param(
                                "phoneId",
                                after.phones().get(0).id().toString(),
                                after.phones().get(1).id().toString())
                        .param("phoneNumber", "807-555-0142", "+1 416 555 0199")
                        .param("phoneExtension", "", "23")
                        .param("phoneType", "voice", "text")
                        .param("phoneDescription", "", "")
                        .param("phoneRemove", "0")
                        .param(
                                "siteId",
                                after.sites().get(0).serviceAtLocationId().toString(),
                                after.sites().get(1).serviceAtLocationId().toString())
                        .param("siteAddress", "12 Front Street", "40 Elm Street")
                        .param("siteCity", "Sudbury", "Kenora")
                        .param("sitePostalCode", "", "")
                        .param("siteAccessibility", "", "")
                        .param("siteRemove", "0")
                        .param("open247", "true"))
                .andExpect(status().is3xxRedirection());
        DirectoryService removed = services.find(mine.id()).orElseThrow();
        assertThat(removed.phones())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.id()).isEqualTo(after.phones().get(1).id()));
        assertThat(removed.open247()).isTrue();
        assertThat(removed.hours())
                .singleElement()
                .satisfies(h -> assertThat(h.byday()).isEqualTo("MO,TU,WE,TH,FR,SA,SU"));
        assertThat(removed.sites())
                .singleElement()
                .satisfies(x -> assertThat(x.city()).isEqualTo("Kenora"));
    }

    @Test
    void onlyTheOwningSupervisorOrAnAdministratorReachTheEditorAndOthersChangeNothing() throws Exception {
        DirectoryService theirs = supervisorsService(false, 0);
        mvc.perform(get(edit(theirs)).with(staff.as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(post(edit(theirs)).with(staff.as("supervisor")).with(csrf()).param("name", "Taken over"))
                .andExpect(status().isForbidden());
        mvc.perform(get(edit(theirs)).with(staff.as("advocate"))).andExpect(status().isForbidden());
        mvc.perform(post(edit(theirs)).with(staff.as("advocate")).with(csrf()).param("name", "Taken over"))
                .andExpect(status().isForbidden());
        mvc.perform(get(edit(theirs)))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("phoneNumber"))));
        mvc.perform(post(edit(theirs)).with(csrf()).param("name", "Taken over")).andExpect(status().is4xxClientError());
        assertThat(services.find(theirs.id()).orElseThrow()).isEqualTo(theirs);
        mvc.perform(get("/staff/directory/services/" + theirs.id()).with(staff.as("advocate")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get(edit(theirs)).with(staff.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/staff/directory/services/" + UUID.randomUUID() + "/edit")
                        .with(staff.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/directory/services/not-a-uuid/edit").with(staff.as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEditorSaysSoWhenADayHasMoreThanOneOpeningPeriodItCannotShow() throws Exception {
        DirectoryService mine = supervisorsService(true, 1);
        mvc.perform(get(edit(mine)).with(staff.as("supervisor")).param("lang", "en"))
                .andExpect(content().string(not(containsString("opens more than once"))));
        jdbc.sql(
                        "insert into dir_schedule(id, service_id, byday, opens_at, closes_at) values (:id, :s, 'MO', '19:00', '21:00')")
                .param("id", UUID.randomUUID())
                .param("s", mine.id())
                .update();
        services.evict(List.of(mine.id()));
        try {
            mvc.perform(get(edit(mine)).with(staff.as("supervisor")).param("lang", "fr"))
                    .andExpect(content().string(containsString("ouvre plus d")));
        } finally {
            jdbc.sql("delete from dir_schedule where service_id = :s and opens_at = '19:00'")
                    .param("s", mine.id())
                    .update();
            services.evict(List.of(mine.id()));
        }
    }

    /** Every field of the full editor as the page would post it for {@code s}, unchanged. */
    private static MultiValueMap<String, String> formOf(DirectoryService s) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("name", s.name());
        f.add("nameFr", s.nameFr());
        f.add("description", s.description());
        f.add("descriptionFr", s.descriptionFr());
        f.add("applicationProcess", s.applicationProcess());
        f.add("applicationProcessFr", s.applicationProcessFr());
        f.add("eligibilityDescription", s.eligibilityDescription());
        f.add("minimumAge", s.minimumAge() == null ? "" : s.minimumAge().toString());
        f.add("maximumAge", s.maximumAge() == null ? "" : s.maximumAge().toString());
        f.add("gender", s.gender());
        f.add("email", s.email());
        f.add("url", s.url());
        s.languages().forEach(l -> f.add("languages", l.code()));
        s.terms().forEach(t -> f.add("terms", t.id().toString()));
        s.phones().forEach(p -> {
            f.add("phoneId", p.id().toString());
            f.add("phoneNumber", p.number());
            f.add("phoneExtension", p.extension() == null ? "" : p.extension());
            f.add("phoneType", p.type());
            f.add("phoneDescription", p.description() == null ? "" : p.description());
        });
        if (s.open247()) {
            f.add("open247", "true");
        }
        s.hours()
                .forEach(h -> List.of(h.byday().split(",")).forEach(day -> {
                    f.add("opens-" + day, h.opensAt().toString());
                    f.add("closes-" + day, h.closesAt().toString());
                }));
        s.sites().forEach(x -> {
            f.add("siteId", x.serviceAtLocationId().toString());
            f.add("siteAddress", x.address1());
            f.add("siteCity", x.city());
            f.add("sitePostalCode", x.postalCode() == null ? "" : x.postalCode());
            f.add("siteAccessibility", x.accessibility() == null ? "" : x.accessibility());
        });
        return f;
    }

    private static boolean ticked(String editorPage) {
        Matcher m =
                Pattern.compile("<input[^>]*id=\"confidentialLocation\"[^>]*>").matcher(editorPage);
        assertThat(m.find()).as("the confidential location checkbox").isTrue();
        return m.group().contains("checked");
    }

    @Test
    void theConfidentialLocationCheckboxIsSavedShownTickedAndCleared() throws Exception {
        DirectoryService mine = supervisorsService(true, 2);
        String street = mine.sites().get(0).address1();
        String page = mvc.perform(get(edit(mine)).with(staff.as("supervisor")).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Confidential location (such as a shelter)");
        assertThat(ticked(page)).isFalse();
        try {
            mvc.perform(post(edit(mine))
                            .with(staff.as("supervisor"))
                            .with(csrf())
                            .params(formOf(mine))
                            .param("confidentialLocation", "true"))
                    .andExpect(status().is3xxRedirection());
            DirectoryService hidden = services.find(mine.id()).orElseThrow();
            assertThat(hidden.confidentialLocation()).isTrue();
            assertThat(hidden.sites())
                    .extracting(DirectoryService.Site::address1)
                    .containsExactly(street);
            String french = mvc.perform(
                            get(edit(mine)).with(staff.as("supervisor")).param("lang", "fr"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(french).contains("Emplacement confidentiel (comme un refuge)");
            assertThat(ticked(french)).isTrue();
            mvc.perform(get("/find/services/" + mine.id()).param("lang", "en"))
                    .andExpect(content()
                            .string(allOf(
                                    not(containsString(street)),
                                    containsString("Address shared by phone for safety."))));

            mvc.perform(post(edit(mine))
                            .with(staff.as("supervisor"))
                            .with(csrf())
                            .params(formOf(hidden)))
                    .andExpect(status().is3xxRedirection());
            assertThat(services.find(mine.id()).orElseThrow().confidentialLocation())
                    .isFalse();
            assertThat(ticked(mvc.perform(get(edit(mine)).with(staff.as("supervisor")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString()))
                    .isFalse();
            mvc.perform(get("/find/services/" + mine.id()).param("lang", "en"))
                    .andExpect(content().string(allOf(containsString(street), not(containsString("shared by phone")))));
        } finally {
            tx.executeWithoutResult(status -> writes.replace(mine));
            indexer.reindex(List.of(mine.id()));
        }
    }

    /** Words of exactly {@code length} characters, not ending in a space (the editor strips the ends). */
    private static String text(int length) {
        return "Limits test ".repeat(length / 12 + 1).substring(0, length - 1) + ".";
    }

    @Test
    void aServiceImportedWithEveryTextAtItsLimitIsSavedAgainInTheEditorUnchanged() throws Exception {
        UUID id = UUID.fromString("0a4e0000-0000-4000-8000-00000000f001");
        UUID orgId = UUID.fromString("0a4e0000-0000-4000-8000-00000000f0a0");
        String email = "a".repeat(64) + "@" + "d".repeat(ServiceRules.EMAIL - 69) + ".org";
        String url = "https://example.org/" + "p".repeat(ServiceRules.URL - 20);
        String record = """
                [{"id": "%s", "name": "%s", "status": "active", "description": "%s", "application_process": "%s",
                  "eligibility_description": "%s", "minimum_age": %d, "maximum_age": %d, "email": "%s", "url": "%s",
                  "organization": {"id": "%s", "name": "Demo Limits Society", "x_harbour": {"owner_organization_id": "%s"}},
                  "phones": [{"id": "0a4e0000-0000-4000-8000-00000000f0b1", "number": "+1 416 555 0199", "type": "voice",
                              "description": "%s"}],
                  "service_at_locations": [{"id": "0a4e0000-0000-4000-8000-00000000f0c1", "location": {
                      "id": "0a4e0000-0000-4000-8000-00000000f0c2", "name": "Demo Limits Drop-in", "latitude": 43.65, "longitude": -79.38,
                      "addresses": [{"id": "0a4e0000-0000-4000-8000-00000000f0c3", "address_1": "%s", "city": "Toronto",
                                     "postal_code": "M5V 1A1"}],
                      "accessibility": [{"id": "0a4e0000-0000-4000-8000-00000000f0c4", "description": "%s"}]}}],
                  "x_harbour": {"name_fr": "%s", "description_fr": "%s", "application_process_fr": "%s",
                                "gender": "%s"}}]""".formatted(
                        id,
                        text(ServiceRules.NAME),
                        text(ServiceRules.DESCRIPTION),
                        text(ServiceRules.APPLICATION_PROCESS),
                        text(ServiceRules.ELIGIBILITY),
                        ServiceRules.MIN_AGE,
                        ServiceRules.MAX_AGE,
                        email,
                        url,
                        orgId,
                        staff.account("supervisor").organizationId(),
                        text(ServiceRules.PHONE_DESCRIPTION),
                        text(ServiceRules.ADDRESS),
                        text(ServiceRules.ACCESSIBILITY),
                        text(ServiceRules.NAME),
                        text(ServiceRules.DESCRIPTION),
                        text(ServiceRules.APPLICATION_PROCESS),
                        ServiceRules.GENDERS.get(ServiceRules.GENDERS.size() - 1));
        try {
            assertThat(transfer.importJson("limits.json", record.getBytes(StandardCharsets.UTF_8))
                            .problems())
                    .isEmpty();
            DirectoryService imported = services.find(id).orElseThrow();
            mvc.perform(post(edit(imported))
                            .with(staff.as("supervisor"))
                            .with(csrf())
                            .params(formOf(imported)))
                    .andExpect(status().is3xxRedirection());
            DirectoryService saved = services.find(id).orElseThrow();
            assertThat(saved.lastVerified()).isNotNull();
            assertThat(saved)
                    .usingRecursiveComparison()
                    .ignoringFields(
                            "lastVerified",
                            "lastModified",
                            "languages",
                            "phones.id",
                            "sites.latitude",
                            "sites.longitude")
                    .isEqualTo(imported);
        } finally {
            tx.executeWithoutResult(status -> {
                writes.delete(id);
                jdbc.sql("delete from dir_organization where id = :id")
                        .param("id", orgId)
                        .update();
            });
            indexer.reindex(List.of(id));
        }
    }

    static Stream<Arguments> badInputs() {
        String unknownTerm = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of(
                        new String[] {"name", ""},
                        "Enter the name of the service in English",
                        "Entrez le nom du service en anglais"),
                Arguments.of(
                        new String[] {"name", "n".repeat(301)},
                        "Use 300 characters or fewer",
                        "Utilisez 300 caractères au plus"),
                Arguments.of(
                        new String[] {"description", "d".repeat(1_000_000)},
                        "Use 10,000 characters or fewer",
                        "caractères au plus"),
                Arguments.of(
                        new String[] {"minimumAge", "twelve"},
                        "Enter an age as a whole number",
                        "Entrez un âge en nombre entier"),
                Arguments.of(
                        new String[] {"maximumAge", "-1"},
                        "Enter an age as a whole number",
                        "Entrez un âge en nombre entier"),
                Arguments.of(
                        new String[] {"minimumAge", "30", "maximumAge", "20"},
                        "The youngest age cannot be more than the oldest age",
                        "ne peut pas dépasser"),
                Arguments.of(new String[] {"gender", "robots"}, "Choose who the service is for", "Choisissez à qui"),
                Arguments.of(
                        new String[] {"languages", "xx"},
                        "Choose a language from the list",
                        "Choisissez une langue dans la liste"),
                Arguments.of(
                        new String[] {"terms", unknownTerm},
                        "Choose a type of help from the list",
                        "Choisissez un type d"),
                Arguments.of(
                        new String[] {"terms", "not-a-uuid"},
                        "Choose a type of help from the list",
                        "Choisissez un type d"),
                Arguments.of(
                        new String[] {"email", "not-an-address"},
                        "Enter an e-mail address such as",
                        "Entrez une adresse courriel"),
                Arguments.of(
                        new String[] {"url", "javascript:alert(1)"},
                        "Enter a web address that starts with https://",
                        "Entrez une adresse Web"),
                Arguments.of(
                        new String[] {"phoneNumber", "call me maybe"},
                        "Enter a phone number such as",
                        "Entrez un numéro de téléphone"),
                Arguments.of(
                        new String[] {"phoneNumber", "12"},
                        "Enter a phone number such as",
                        "Entrez un numéro de téléphone"),
                Arguments.of(
                        new String[] {"phoneNumber", "705-555-0100", "phoneExtension", "12a"},
                        "Enter the extension as digits only",
                        "Entrez le poste en chiffres"),
                Arguments.of(
                        new String[] {"phoneNumber", "705-555-0100", "phoneType", "pigeon"},
                        "Choose a kind of phone",
                        "Choisissez un type de téléphone"),
                Arguments.of(
                        new String[] {"opens-MO", "17:00", "closes-MO", "09:00"},
                        "The closing time must be after the opening time",
                        "fermeture doit venir après"),
                Arguments.of(
                        new String[] {"opens-WE", "25:99", "closes-WE", "26:00"},
                        "Enter a time such as 09:00",
                        "Entrez une heure comme 09:00"),
                Arguments.of(
                        new String[] {"opens-FR", "09:00"}, "Give both the opening and the closing time", "Indiquez l"),
                Arguments.of(
                        new String[] {"siteAddress", "1 Main Street", "siteCity", "Atlantis"},
                        "We do not know that town in Ontario",
                        "Nous ne connaissons pas cette ville"),
                Arguments.of(
                        new String[] {"siteAddress", "1 Main Street", "siteCity", "Ottawa", "sitePostalCode", "12345"},
                        "Enter a Canadian postal code such as K1A 0B1",
                        "Entrez un code postal canadien"),
                Arguments.of(
                        new String[] {"siteAddress", "1 Main Street"},
                        "Give both the street address and the town",
                        "Indiquez l"),
                Arguments.of(
                        new String[] {
                            "phoneNumber",
                            "705-555-0100",
                            "phoneNumber",
                            "705-555-0101",
                            "phoneNumber",
                            "705-555-0102",
                            "phoneNumber",
                            "705-555-0103",
                            "phoneNumber",
                            "705-555-0104",
                            "phoneNumber",
                            "705-555-0105",
                            "phoneNumber",
                            "705-555-0106",
                            "phoneNumber",
                            "705-555-0107",
                            "phoneNumber",
                            "705-555-0108",
                            "phoneNumber",
                            "705-555-0109",
                            "phoneNumber",
                            "705-555-0110"
                        },
                        "List at most 10 phone numbers",
                        "Indiquez au plus 10 numéros"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void eachBadInputIsExplainedInEnglishAndFrenchNextToItsFieldAndChangesNothing(
            String[] params, String english, String french) throws Exception {
        DirectoryService mine = supervisorsService(true, 1);
        for (String lang : List.of("en", "fr")) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("name", mine.name());
            form.add("languages", "en");
            Set<String> overridden = new HashSet<>();
            for (int i = 0; i < params.length; i += 2) {
                if (overridden.add(params[i])) {
                    form.remove(params[i]);
                }
                form.add(params[i], params[i + 1]);
            }
            mvc.perform(post(edit(mine))
                            .with(staff.as("supervisor"))
                            .with(csrf())
                            .param("lang", lang)
                            .params(form))
                    .andExpect(status().isBadRequest())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("error-summary"),
                                    containsString("field-error"),
                                    containsString("fr".equals(lang) ? french : english))));
        }
        assertThat(services.find(mine.id()).orElseThrow()).isEqualTo(mine);
    }
}
