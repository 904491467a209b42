package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.DirectoryIndexer;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.ServiceWrites;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory's events: a change records its {@link ServiceChanged} in its own transaction (ids only),
 * the index follows at once, and a publication whose listener never ran is handled when incomplete
 * publications are resubmitted, as the application does at every start.
 */
@HarbourTest
class DirectoryEventsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Services services;

    @Autowired
    ServiceWrites writes;

    @Autowired
    SearchIndex index;

    @Autowired
    DirectoryIndexer indexer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    Environment environment;

    record Publication(String listenerId, String serializedEvent, boolean completed) {}

    /** The publications of {@link ServiceChanged} for this service since the test began. */
    private List<Publication> publications(UUID serviceId, Instant since) {
        return jdbc.sql("""
                select listener_id, serialized_event, completion_date is not null as completed from event_publication
                where event_type = :type and serialized_event like :id and publication_date >= :since
                order by publication_date""")
                .param("type", ServiceChanged.class.getName())
                .param("id", "%" + serviceId + "%")
                .param("since", Timestamp.from(since))
                .query(Publication.class)
                .list();
    }

    private boolean found(String word, UUID serviceId) {
        return index.search(SearchQuery.text(word), false, SearchIndex.Audience.STAFF).hits().stream()
                .anyMatch(h -> h.serviceId().equals(serviceId));
    }

    /** A service of the supervisor's organization. */
    private DirectoryService supervisorsService() {
        UUID org = staff.account("supervisor").organizationId();
        return services.all().stream()
                .filter(s -> org.equals(s.organization().ownerOrganizationId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSaveRecordsItsEventWithTheServiceIdOnlyAndCompletesItOnceTheIndexHasTheChange() throws Exception {
        DirectoryService mine = supervisorsService();
        Instant since = Instant.now();
        try {
            mvc.perform(post("/staff/directory/services/" + mine.id() + "/edit")
                            .with(staff.as("supervisor"))
                            .with(csrf())
                            .param("name", "Demo Quillmarsh Drop-in")
                            .param("description", mine.description())
                            .param("gender", mine.gender()))
                    .andExpect(status().is3xxRedirection());
            assertThat(found("Quillmarsh", mine.id())).isTrue();
            assertThat(publications(mine.id(), since))
                    .containsExactly(new Publication(
                            DirectoryIndexer.ON_SERVICE_CHANGED, "{\"serviceId\":\"" + mine.id() + "\"}", true));
        } finally {
            tx.executeWithoutResult(status -> writes.replace(mine));
            indexer.reindex(List.of(mine.id()));
        }
    }

    @Test
    void aRefusedSaveChangesNothingAndRecordsNoEvent() throws Exception {
        DirectoryService mine = supervisorsService();
        Instant since = Instant.now();
        mvc.perform(post("/staff/directory/services/" + mine.id() + "/edit")
                        .with(staff.as("supervisor"))
                        .with(csrf())
                        .param("name", "Demo Quillmarsh Refused")
                        .param("minimumAge", "121"))
                .andExpect(status().isBadRequest());
        assertThat(publications(mine.id(), since)).isEmpty();
        assertThat(found("Quillmarsh", mine.id())).isFalse();
        assertThat(services.find(mine.id()).orElseThrow().name()).isEqualTo(mine.name());
    }

    @Test
    void aChangeCommittedWhoseListenerNeverRanIsIndexedWhenIncompletePublicationsAreResubmittedAsAtEachStart() {
        assertThat(environment.getProperty(
                        "spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class))
                .isTrue();
        DirectoryService s = services.all().stream().skip(300).findFirst().orElseThrow();
        Instant since = Instant.now();
        try {
            // the change and its publication commit together, and the application stops before the listener runs
            tx.executeWithoutResult(status -> {
                jdbc.sql("update dir_service set name = 'Demo Tamarack Crossing' where id = :id")
                        .param("id", s.id())
                        .update();
                registry.store(
                        new ServiceChanged(s.id()),
                        Stream.of(PublicationTargetIdentifier.of(DirectoryIndexer.ON_SERVICE_CHANGED)));
            });
            assertThat(found("Tamarack", s.id())).isFalse();
            assertThat(publications(s.id(), since))
                    .extracting(Publication::completed)
                    .containsExactly(false);

            incomplete.resubmitIncompletePublications(p ->
                    p.getEvent() instanceof ServiceChanged c && c.serviceId().equals(s.id()));

            assertThat(found("Tamarack", s.id())).isTrue();
            assertThat(services.find(s.id()).orElseThrow().name()).isEqualTo("Demo Tamarack Crossing");
            assertThat(publications(s.id(), since))
                    .extracting(Publication::completed)
                    .containsExactly(true);
        } finally {
            tx.executeWithoutResult(status -> writes.replace(s));
            indexer.reindex(List.of(s.id()));
        }
    }
}
