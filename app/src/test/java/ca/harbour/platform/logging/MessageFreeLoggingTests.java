package ca.harbour.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.support.HarbourTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A failure logged with its exception shows where it happened (types and frames, causes included) but not what
 * the messages quoted: the values of a request, such as the e-mail a constraint refused. Run in the application
 * so that its logging configuration is the one in force.
 */
@HarbourTest
@ExtendWith(OutputCaptureExtension.class)
class MessageFreeLoggingTests {

    private static final Logger log = LoggerFactory.getLogger(MessageFreeLoggingTests.class);

    @Test
    void anExceptionIsLoggedWithItsTypesAndFramesButNotItsMessages(CapturedOutput output) {
        Exception cause = new IllegalStateException("Key (email)=(maria.lopez@example.org) already exists.");
        cause.addSuppressed(new IllegalArgumentException("phone 416-555-0199"));
        log.error(
                "Unexpected failure, incident {}",
                "abc-123",
                new DataIntegrityViolationException("insert failed for Maria Lopez", cause));

        assertThat(output.getOut())
                .contains("Unexpected failure, incident abc-123")
                .contains("org.springframework.dao.DataIntegrityViolationException: (message withheld)")
                .contains("Caused by: java.lang.IllegalStateException")
                .contains("Suppressed: java.lang.IllegalArgumentException")
                .contains(
                        "at ca.harbour.platform.logging.MessageFreeLoggingTests.anExceptionIsLoggedWithItsTypesAndFramesButNotItsMessages")
                .doesNotContain("maria.lopez@example.org")
                .doesNotContain("Maria Lopez")
                .doesNotContain("416-555-0199");
    }
}
