package ca.harbour.cases.web;

import ca.harbour.cases.Consent;
import ca.harbour.cases.NewConsent;
import ca.harbour.cases.internal.ConsentForm;
import ca.harbour.directory.ServiceFinder;
import ca.harbour.directory.ServiceOwners;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The directory services a consent may name: found by a search of the directory, kept to the services an
 * organization using Harbour runs (only those can receive a referral), and named on the consents that name one.
 */
@Component
class ConsentServices {

    static final int QUERY_MAX = 200;
    static final int MATCHES = 10;

    /** A service a consent may name, with the Harbour organization that runs it. */
    record Choice(UUID id, String name, String organization, UUID owner) {}

    private final ServiceFinder directory;
    private final ServiceOwners owners;
    private final CaseView view;

    ConsentServices(ServiceFinder directory, ServiceOwners owners, CaseView view) {
        this.directory = directory;
        this.owners = owners;
        this.view = view;
    }

    private static boolean french() {
        return "fr".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The consent as typed, read with the organizations a consent may name and who runs each service. */
    NewConsent parse(ConsentForm form) {
        return form.parse(view.recipientIds(), owners::harbourOrganization);
    }

    /** The services matching {@code query} that a Harbour organization runs; none for a blank or long query. */
    List<Choice> search(String query) {
        String q = query.strip();
        if (q.isEmpty() || q.length() > QUERY_MAX) {
            return List.of();
        }
        return directory.search(q, french(), MATCHES).stream()
                .map(this::choice)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The service typed on the form, when it is one a consent may name. */
    @Nullable
    Choice picked(String typed) {
        try {
            return typed.isBlank()
                    ? null
                    : directory
                            .find(UUID.fromString(typed.strip()), french())
                            .flatMap(this::choice)
                            .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The names of the services the consents name, read at once. */
    Map<UUID, String> names(Collection<Consent> consents) {
        Set<UUID> ids = consents.stream()
                .map(Consent::recipientServiceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : directory.names(ids, french());
    }

    private Optional<Choice> choice(ServiceFinder.ServiceSummary s) {
        return owners.harbourOrganization(s.id()).map(o -> new Choice(s.id(), s.name(), s.organization(), o));
    }
}
