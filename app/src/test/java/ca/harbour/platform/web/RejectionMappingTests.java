package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.platform.domain.Rejection;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;

/** A rule's rejection reads the same in the API's Problem Details and in a page's error summary. */
class RejectionMappingTests {

    private final StaticMessageSource messages = new StaticMessageSource();

    RejectionMappingTests() {
        messages.addMessage("error.400.title", Locale.CANADA_FRENCH, "Requête refusée");
        messages.addMessage("error.validation", Locale.CANADA_FRENCH, "Vérifiez les champs signalés.");
        messages.addMessage("too.long", Locale.CANADA_FRENCH, "Au plus {0} caractères.");
        messages.addMessage("name.taken", Locale.CANADA_FRENCH, "Ce nom est déjà pris.");
        LocaleContextHolder.setLocale(Locale.CANADA_FRENCH);
    }

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRefusalOfTheWholeRequestIsTheDetailAndTheFormSummaryWithItsArguments() {
        Rejection rejection = Rejection.of("too.long", 500);
        ProblemDetail p = new ApiProblems(messages).rejected(rejection.exception());
        assertThat(p.getStatus()).isEqualTo(400);
        assertThat(p.getTitle()).isEqualTo("Requête refusée");
        assertThat(p.getDetail()).isEqualTo("Au plus 500 caractères.");
        assertThat(p.getProperties()).isNull();
        assertThat(new FormErrors(messages).of(rejection))
                .containsExactly(Map.entry("form", "Au plus 500 caractères."));
    }

    @Test
    void aRefusalOfAFieldIsListedUnderThatFieldInBoth() {
        Rejection rejection = Rejection.field("name", "name.taken");
        ProblemDetail p = new ApiProblems(messages).rejected(rejection.exception());
        assertThat(p.getDetail()).isEqualTo("Vérifiez les champs signalés.");
        assertThat(p.getProperties()).containsEntry("errors", Map.of("name", "Ce nom est déjà pris."));
        assertThat(new FormErrors(messages).of(rejection)).containsExactly(Map.entry("name", "Ce nom est déjà pris."));
    }

    @Test
    void anUnknownKeyIsShownAsItselfRatherThanFailing() {
        assertThat(new ApiProblems(messages)
                        .rejected(Rejection.of("no.such.key").exception())
                        .getDetail())
                .isEqualTo("no.such.key");
    }
}
