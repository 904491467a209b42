package ca.harbour.platform.web;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints "Harbour is ready: http://localhost:8080" once Harbour is ready for people, not when the web server
 * opens its port: Spring Boot announces readiness only after every start-up runner (demo data, directory
 * index) has finished, and the health endpoint answers UP from then on (see application.properties).
 */
@Component
class ReadyAnnouncement {

    private final String address;
    private final PrintStream out;
    private volatile int port = -1;

    @Autowired
    ReadyAnnouncement(@Value("${server.address:}") String address) {
        this(address, System.out);
    }

    ReadyAnnouncement(String address, PrintStream out) {
        this.address = address;
        this.out = out;
    }

    @EventListener
    void serving(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (port > 0) {
            out.println("\nHarbour is ready: " + url() + "\n");
        }
    }

    String url() {
        boolean anyAddress = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address);
        String host = anyAddress ? "localhost" : address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + port;
    }
}
