package ca.harbour.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.intake.internal.ConsentRule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentRuleTests {

    @ParameterizedTest(name = "{0} police={1} contact={2} exception={3} -> {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "POLICE_TIP,  YES,         false, -,                 -,                   CONSENT",
                "POLICE_TIP,  ANONYMOUSLY, false, -,                 -,                   CONSENT",
                "POLICE_TIP,  NO,          true,  -,                 -,                   contact.consent.policeRefused",
                "POLICE_TIP,  NOT_ASKED,   true,  MINOR_AT_RISK,     -,                   contact.consent.reasonNeeded",
                "POLICE_TIP,  NO,          false, MINOR_AT_RISK,     14 and being sold,   MINOR_AT_RISK",
                "POLICE_TIP,  NO,          false, WHIM,              because,             contact.consent.policeRefused",
                "CASE_NEEDED, NO,          true,  -,                 -,                   CONSENT",
                "CASE_NEEDED, YES,         false, -,                 -,                   contact.consent.caseRefused",
                "CASE_NEEDED, NO,          false, IMMINENT_DANGER,   held at a motel now, IMMINENT_DANGER",
                "CASE_NEEDED, NO,          false, LEGAL_REQUIREMENT, court order 123,     LEGAL_REQUIREMENT",
                "REFERRAL,    NO,          false, -,                 -,                   NOT_REQUIRED"
            })
    void actionsThatShareInformationNeedConsentOrAnExceptionWithAReason(
            String kind, String police, boolean contact, String exception, String reason, String expected) {
        ConsentRule.Decision decision = ConsentRule.decide(kind, police, contact, exception, reason);
        if (expected.startsWith("contact.")) {
            assertThat(decision).isEqualTo(new ConsentRule.Refused(expected));
        } else {
            assertThat(decision).isEqualTo(new ConsentRule.Allowed(expected));
        }
    }

    @ParameterizedTest(name = "police={0} basis={1} note={2} -> {3}")
    @CsvSource({
        "YES,         CONSENT,         true,  SITUATION NOTE CALLER_IDENTITY",
        "YES,         CONSENT,         false, SITUATION CALLER_IDENTITY",
        "ANONYMOUSLY, CONSENT,         true,  SITUATION NOTE",
        "NO,          MINOR_AT_RISK,   true,  SITUATION NOTE",
        "NOT_ASKED,   IMMINENT_DANGER, false, SITUATION"
    })
    void aPoliceTipCarriesTheCallersIdentityOnlyWhenTheyAgreedToBeNamed(
            String police, String basis, boolean note, String expected) {
        assertThat(ConsentRule.policeTipCategories(police, basis, note)).isEqualTo(List.of(expected.split(" ")));
    }
}
