package ca.harbour.intake.web;

import ca.harbour.intake.internal.TipForm;
import ca.harbour.intake.internal.TipIntake;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tips}: the tip form for apps and partners. 201 with the reference once the
 * tip is durably stored; 400 Problem Details for bad input; 429 with {@code Retry-After} (seconds)
 * when one sender sends too many.
 */
@RestController
class TipApi {

    private final TipIntake intake;
    private final MessageSource messages;

    TipApi(TipIntake intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @PostMapping("/api/v1/tips")
    ResponseEntity<?> send(@Valid @RequestBody TipForm form, HttpServletRequest request) {
        TipIntake.Outcome outcome =
                intake.receive(form, LocaleContextHolder.getLocale().getLanguage(), request.getRemoteAddr());
        if (outcome instanceof TipIntake.Accepted accepted) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("reference", accepted.reference()));
        }
        TipIntake.TooMany tooMany = (TipIntake.TooMany) outcome;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("tip.error.tooMany", null, LocaleContextHolder.getLocale()));
        p.setTitle(messages.getMessage("tip.error.tooManyTitle", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(tooMany.retryAfter().toSeconds()))
                .body(p);
    }
}
