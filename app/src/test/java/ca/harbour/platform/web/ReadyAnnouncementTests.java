package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

/** "Harbour is ready" comes when the application is ready (after the demo data), not when the port opens. */
class ReadyAnnouncementTests {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private ReadyAnnouncement announcement(String address) {
        return new ReadyAnnouncement(address, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private static WebServerInitializedEvent serving(int port) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        WebServerInitializedEvent event = mock(WebServerInitializedEvent.class);
        when(event.getWebServer()).thenReturn(server);
        return event;
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLineWaitsForReadinessNotForThePort() {
        ReadyAnnouncement a = announcement("");
        a.serving(serving(8086));
        assertThat(printed())
                .as("the port is open, the start-up work is not done")
                .isEmpty();

        a.ready(mock(ApplicationReadyEvent.class));
        assertThat(printed()).contains("Harbour is ready: http://localhost:8086");
    }

    @Test
    void theAddressNamedInTheConfigurationIsTheOneShown() {
        ReadyAnnouncement local = announcement("127.0.0.1");
        local.serving(serving(18190));
        assertThat(local.url()).isEqualTo("http://127.0.0.1:18190");
        ReadyAnnouncement v6 = announcement("::1");
        v6.serving(serving(8080));
        assertThat(v6.url()).isEqualTo("http://[::1]:8080");
        ReadyAnnouncement any = announcement("0.0.0.0");
        any.serving(serving(8080));
        assertThat(any.url()).isEqualTo("http://localhost:8080");
    }

    @Test
    void withoutAWebServerNothingIsAnnounced() {
        ReadyAnnouncement a = announcement("");
        a.ready(mock(ApplicationReadyEvent.class));
        assertThat(printed()).isEmpty();
    }
}
