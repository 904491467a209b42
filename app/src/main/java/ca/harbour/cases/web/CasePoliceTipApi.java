package ca.harbour.cases.web;

import ca.harbour.cases.ConsentCategory;
import ca.harbour.cases.internal.CasePoliceTipDesk;
import ca.harbour.cases.internal.CasePoliceTipRecords.SentTip;
import ca.harbour.identity.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tips to police from a case for machines, under the decisions of the case's page: sending one (a refusal answers
 * 400 Problem Details naming the field), the tips a case sent, and the supervisors' list of those sent without
 * consent. What police made of a tip is read from the intelligence module.
 */
@RestController
@Tag(name = "Tips to police from cases")
class CasePoliceTipApi {

    private final CasePoliceTipDesk desk;

    CasePoliceTipApi(CasePoliceTipDesk desk) {
        this.desk = desk;
    }

    /** A tip to send: the police service, the categories it shares, CONSENT or an exception with its reason. */
    record TipRequest(
            @Nullable String police,
            @Nullable List<String> categories,
            @Nullable String basis,
            @Nullable String reason,
            @Nullable String note) {}

    /** A tip as the sending case recorded it, for anyone who may read the case: an exception's reason is not in it. */
    record SentView(
            UUID id,
            UUID caseId,
            UUID policeOrganizationId,
            List<ConsentCategory> categories,
            String basis,
            @Nullable UUID consentId,
            @Nullable String note,
            UUID sentBy,
            Instant sentAt) {

        static SentView of(SentTip t) {
            return new SentView(
                    t.id(),
                    t.caseId(),
                    t.policeOrganizationId(),
                    t.categories(),
                    t.basis(),
                    t.consentId(),
                    t.note(),
                    t.sentBy(),
                    t.sentAt());
        }
    }

    /** A tip sent without consent, with the reason recorded for it, for the organization's supervisors. */
    record ExceptionView(
            UUID id,
            UUID caseId,
            UUID policeOrganizationId,
            List<ConsentCategory> categories,
            String basis,
            @Nullable String note,
            @Nullable String exceptionReason,
            UUID sentBy,
            Instant sentAt) {

        static ExceptionView of(SentTip t) {
            return new ExceptionView(
                    t.id(),
                    t.caseId(),
                    t.policeOrganizationId(),
                    t.categories(),
                    t.basis(),
                    t.note(),
                    t.exceptionReason(),
                    t.sentBy(),
                    t.sentAt());
        }
    }

    record IdView(UUID id) {}

    @PostMapping("/api/v1/cases/{id}/police-tips")
    @PreAuthorize("hasAuthority('CASE:UPDATE')")
    @Operation(summary = "Send a tip to a police service from a case, under a consent in force or an exception")
    ResponseEntity<IdView> send(@PathVariable UUID id, @RequestBody TipRequest tip) {
        UUID sent = desk.send(
                CurrentStaff.require(),
                id,
                new CasePoliceTipDesk.Request(
                        tip.police(),
                        tip.categories() == null ? List.of() : tip.categories(),
                        tip.basis(),
                        tip.reason(),
                        tip.note()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/police-tips"))
                .body(new IdView(sent));
    }

    @GetMapping("/api/v1/cases/{id}/police-tips")
    @PreAuthorize("hasAuthority('CASE:READ')")
    @Operation(summary = "The tips to police sent from a case")
    List<SentView> sent(@PathVariable UUID id) {
        return desk.sent(CurrentStaff.require(), id).stream().map(SentView::of).toList();
    }

    @GetMapping("/api/v1/cases/police-tips/exceptions")
    @PreAuthorize("hasAuthority('CASE:MANAGE')")
    @Operation(summary = "The tips to police the caller's organization sent without consent, with their reasons")
    List<ExceptionView> exceptions() {
        return desk.exceptions(CurrentStaff.require()).stream()
                .map(ExceptionView::of)
                .toList();
    }
}
