package ca.harbour.platform.web;

import ca.harbour.platform.domain.Rejected;
import ca.harbour.platform.domain.Rejection;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error path of the API: RFC 9457 Problem Details with a translated title and detail,
 * field errors listed by name, and never a stack trace. Unexpected failures get an incident id
 * that is logged, so support can find them without the user seeing internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "error.404.title", "error.404.text");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "error.403.title", "error.403.text");
    }

    /** A rule's refusal: 400, its summary as the detail and, when fields are at fault, each field's message. */
    @ExceptionHandler(Rejected.class)
    ProblemDetail rejected(Rejected e) {
        Rejection rejection = e.rejection();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        rejection.messageKey(),
                        rejection.args().toArray(),
                        rejection.messageKey(),
                        LocaleContextHolder.getLocale()));
        p.setTitle(text("error.400.title"));
        p.setType(URI.create("about:blank"));
        if (!rejection.fields().isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            rejection.fields().forEach((field, key) -> fields.put(field, text(key)));
            p.setProperty("errors", fields);
        }
        return p;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected API failure, incident {}", incident, e);
        ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title", "error.500.text");
        p.setProperty("incident", incident);
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation");
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        p.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring's own rejections (unreadable JSON, wrong type, unsupported method...): translated, no internals.
        ProblemDetail p = ProblemDetail.forStatus(status);
        String key = "error." + status.value() + ".title";
        p.setTitle(messages.getMessage(key, null, text("error.400.title"), LocaleContextHolder.getLocale()));
        p.setDetail(text(status.is4xxClientError() ? "error.request" : "error.500.text"));
        return ResponseEntity.status(status).headers(headers).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation"));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text(detailKey));
        p.setTitle(text(titleKey));
        p.setType(URI.create("about:blank"));
        return p;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
