package ca.harbour.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Stored audit reasons, fixed English words with values in them, as the audit page shows them in each language. */
class AuditReasonsTests {

    private final AuditReasons reasons = new AuditReasons(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(
                "i18n/audit/messages",
                "i18n/identity/messages",
                "i18n/intake/messages",
                "i18n/intelligence/messages",
                "i18n/directory/messages",
                "i18n/screening/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "live queue|file en direct",
                "live queue (120 shown)|file en direct (120 affichés)",
                "same caller as contact 0b0e7a52-3f7c-4d1e-9a4b-8c2d1e0f3a5b|"
                        + "même appelant que le contact 0b0e7a52-3f7c-4d1e-9a4b-8c2d1e0f3a5b",
                "roles: CASE_WORKER -> CASE_WORKER,SUPERVISOR|"
                        + "rôles\u00a0: travailleur social → travailleur social, superviseur",
                "password; second factor pending|mot de passe\u00a0; second facteur en attente",
                "RECEIVED to UNDER_REVIEW|reçu → en examen",
                "POLICE_TIP without consent: MINOR_AT_RISK|"
                        + "signalement à la police sans consentement\u00a0: un enfant pourrait être à risque",
                "POLICE_TIP|signalement à la police",
                "1648 services|1648 services",
                "a reason written before it had words|a reason written before it had words"
            })
    void aReasonIsShownInFrench(String stored, String shown) {
        LocaleContextHolder.setLocale(Locale.CANADA_FRENCH);
        assertThat(reasons.show(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "live queue (120 shown)|live queue (120 shown)",
                "roles: CASE_WORKER -> CASE_WORKER,SUPERVISOR|roles: case worker -> case worker, supervisor",
                "draft saved|draft saved"
            })
    void andInEnglish(String stored, String shown) {
        LocaleContextHolder.setLocale(Locale.CANADA);
        assertThat(reasons.show(stored)).isEqualTo(shown);
    }

    @Test
    void noReasonIsShownAsNothing() {
        assertThat(reasons.show("")).isEmpty();
        assertThat(reasons.show(null)).isEmpty();
    }
}
