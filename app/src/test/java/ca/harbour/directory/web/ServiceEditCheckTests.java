package ca.harbour.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Org;
import ca.harbour.directory.internal.DirectoryService.Phone;
import ca.harbour.directory.internal.Places;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The editor's rules without a server: what counts as a phone, a postal code, hours, and whose ids a row may keep. */
class ServiceEditCheckTests {

    private static final Places PLACES = new Places();
    private static final Phone OWN_PHONE = new Phone(UUID.randomUUID(), "807-555-0142", null, "voice", null);

    private static DirectoryService service() {
        Org org = new Org(UUID.randomUUID(), "Demo Society", null, "", null, null, false, null, true, Instant.now());
        return new DirectoryService(
                UUID.randomUUID(),
                org,
                "Demo Haven",
                "Démo Refuge",
                "",
                null,
                null,
                null,
                "active",
                null,
                null,
                null,
                null,
                null,
                "any",
                false,
                true,
                false,
                null,
                null,
                true,
                Instant.now(),
                Instant.now(),
                List.of(),
                List.of(new DirectoryService.Language(UUID.randomUUID(), "de", "German")),
                List.of(),
                List.of(OWN_PHONE),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static ServiceEditCheck check(String... params) {
        LinkedMultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("name", "Demo Haven");
        for (int i = 0; i < params.length; i += 2) {
            p.add(params[i], params[i + 1]);
        }
        return new ServiceEditCheck(ServiceEditForm.read(p), service());
    }

    private static Optional<DirectoryEditing.Details> details(ServiceEditCheck check) {
        return check.details(List.of(), code -> code.equals("en") ? "English" : null, PLACES);
    }

    @Test
    void postalCodesAreCanadianAndWrittenTheCanadaPostWay() {
        assertThat(ServiceEditCheck.postalCode("k1a0b1")).isEqualTo("K1A 0B1");
        assertThat(ServiceEditCheck.postalCode(" P7B 1A1 ")).isEqualTo("P7B 1A1");
        assertThat(ServiceEditCheck.postalCode("12345")).isNull();
        assertThat(ServiceEditCheck.postalCode("D1A 1A1")).isNull();
        assertThat(ServiceEditCheck.postalCode("K1A 0B1 extra")).isNull();
    }

    @Test
    void aPhoneIsDigitsOfAPossibleLengthOrAnN11ServiceNumber() {
        assertThat(ServiceEditCheck.possiblePhone("+1-555-123-4567")).isTrue();
        assertThat(ServiceEditCheck.possiblePhone("(807) 555-0142")).isTrue();
        assertThat(ServiceEditCheck.possiblePhone("211")).isTrue();
        assertThat(ServiceEditCheck.possiblePhone("12")).isFalse();
        assertThat(ServiceEditCheck.possiblePhone("1-800-FLOWERS")).isFalse();
        assertThat(ServiceEditCheck.possiblePhone("9".repeat(40))).isFalse();
    }

    @Test
    void daysWithTheSameHoursBecomeOneScheduleAndEmptyDaysAreClosed() {
        var d = details(check(
                        "opens-MO",
                        "09:00",
                        "closes-MO",
                        "17:00",
                        "opens-TU",
                        "9:00",
                        "closes-TU",
                        "17:00:00",
                        "opens-SA",
                        "10:00",
                        "closes-SA",
                        "14:00"))
                .orElseThrow();
        assertThat(d.hours()).extracting(DirectoryService.Hours::byday).containsExactly("MO,TU", "SA");
        assertThat(d.hours().get(0).opensAt()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aRowKeepsItsIdOnlyIfItWasThisServicesOwn() {
        UUID foreign = UUID.randomUUID();
        var d = details(check(
                        "phoneId",
                        OWN_PHONE.id().toString(),
                        "phoneNumber",
                        "807-555-0142",
                        "phoneType",
                        "voice",
                        "phoneId",
                        foreign.toString(),
                        "phoneNumber",
                        "807-555-0143",
                        "phoneType",
                        "voice"))
                .orElseThrow();
        assertThat(d.phones()).extracting(Phone::id).first().isEqualTo(OWN_PHONE.id());
        assertThat(d.phones()).extracting(Phone::id).doesNotContain(foreign);
    }

    @Test
    void aLanguageOutsideHarboursListStaysIfTheServiceAlreadyHadItAndIsRefusedOtherwise() {
        var d = details(check("languages", "en", "languages", "de")).orElseThrow();
        assertThat(d.languages()).extracting(DirectoryService.Language::name).containsExactly("English", "German");
        ServiceEditCheck other = check("languages", "nl");
        assertThat(details(other)).isEmpty();
        assertThat(other.errors()).containsOnlyKeys("languages");
    }

    @Test
    void anythingWrongMeansNoDetailsAndEveryProblemNamesItsField() {
        ServiceEditCheck check = check(
                "minimumAge",
                "30",
                "maximumAge",
                "20",
                "languages",
                "klingon",
                "phoneNumber",
                "",
                "phoneExtension",
                "12",
                "phoneType",
                "voice",
                "opens-SU",
                "18:00",
                "closes-SU",
                "08:00",
                "siteAddress",
                "1 Main Street",
                "siteCity",
                "Ottawa",
                "sitePostalCode",
                "nope");
        assertThat(details(check)).isEmpty();
        assertThat(check.errors())
                .containsOnlyKeys("maximumAge", "languages", "phoneNumber-0", "closes-SU", "sitePostalCode-0");
    }
}
