package ca.harbour.intelligence.web;

import ca.harbour.cases.CasePoliceTipContent;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intelligence.TipStatus;
import ca.harbour.intelligence.internal.PoliceInbox;
import ca.harbour.intelligence.internal.PoliceTips.PoliceTip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The police inbox for machines: the tips the caller's police service received, and moving one on. */
@RestController
@RequestMapping("/api/v1/intelligence/tips")
class IntelligenceApi {

    private final PoliceInbox inbox;
    private final MessageSource messages;

    IntelligenceApi(PoliceInbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    /**
     * A tip as the police service sees it, with where it came from (CONTACT or CASE). A case tip's content is
     * read from the case under its consent when one tip is read (never in the list, which has its categories);
     * {@code withheld} says, translated, when the consent no longer covers it.
     */
    record TipView(
            UUID id,
            UUID senderOrganizationId,
            UUID policeOrganizationId,
            String basis,
            PoliceTipContent content,
            TipStatus status,
            @Nullable String feedback,
            Instant receivedAt,
            Instant updatedAt,
            String source,
            @Nullable CasePoliceTipContent caseContent,
            @Nullable String withheld) {

        static TipView of(PoliceTip t, @Nullable String withheld) {
            return new TipView(
                    t.id(),
                    t.senderOrganizationId(),
                    t.policeOrganizationId(),
                    t.basis(),
                    t.content(),
                    t.status(),
                    t.feedback(),
                    t.receivedAt(),
                    t.updatedAt(),
                    t.fromCase() ? "CASE" : "CONTACT",
                    t.caseContent(),
                    withheld);
        }
    }

    record TipUpdate(
            @NotNull TipStatus status,
            @Nullable @Size(max = 2000) String feedback) {}

    @GetMapping
    @PreAuthorize("hasAuthority('POLICE_TIP:READ')")
    List<TipView> list() {
        return inbox.inbox(CurrentStaff.require()).stream()
                .map(t -> TipView.of(t, null))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('POLICE_TIP:READ')")
    TipView one(@PathVariable UUID id) {
        return detail(inbox.read(CurrentStaff.require(), id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('POLICE_TIP:UPDATE')")
    TipView update(@PathVariable UUID id, @Valid @RequestBody TipUpdate update) {
        return detail(inbox.update(CurrentStaff.require(), id, update.status(), update.feedback()));
    }

    private TipView detail(PoliceTip t) {
        return TipView.of(
                t,
                t.withheld()
                        ? messages.getMessage("intelligence.caseWithheld", null, LocaleContextHolder.getLocale())
                        : null);
    }
}
