package ca.harbour.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.support.HarbourTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HarbourTest
class CompletedPublicationsIntegrationTests {

    @Autowired
    CompletedPublications housekeeping;

    @Autowired
    JdbcClient jdbc;

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                values (:id, 'test.listener', 'test.Event', '{}', :published, :completed,
                    case when :completed::timestamptz is null then 'PUBLISHED' else 'COMPLETED' end, 1)""")
                .param("id", id)
                .param("published", Timestamp.from(published))
                .param("completed", completed == null ? null : Timestamp.from(completed))
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    @Test
    void completedPublicationsAreForgottenAfterAWeekAndIncompleteOnesNever() {
        Instant now = Instant.now();
        Instant longAgo = now.minus(CompletedPublications.KEPT).minus(Duration.ofDays(1));
        UUID old = publication(longAgo, longAgo.plusSeconds(1));
        UUID recent = publication(longAgo, now.minus(Duration.ofDays(1)));
        UUID neverRan = publication(longAgo, null);
        try {
            housekeeping.forgetOld();
            assertThat(exists(old)).as("completed more than a week ago").isFalse();
            assertThat(exists(recent)).as("completed yesterday").isTrue();
            assertThat(exists(neverRan))
                    .as("incomplete: a restart runs it again")
                    .isTrue();
        } finally {
            for (UUID id : List.of(old, recent, neverRan)) {
                jdbc.sql("delete from event_publication where id = :id")
                        .param("id", id)
                        .update();
            }
        }
    }
}
