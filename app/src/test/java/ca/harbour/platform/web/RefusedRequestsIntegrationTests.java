package ca.harbour.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests Tomcat itself refuses, sent as raw bytes over a socket (an HTTP client would refuse to send
 * most of them): each gets Harbour's translated error page with its security headers, never Tomcat's
 * report, and the log holds no value from the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestsIntegrationTests {

    /** A value that stands for personal data: it must never reach the log. */
    private static final String SECRET = "Mariekovalenko";

    static {
        // Tomcat logs only the first refused request of a JVM at INFO: every one, so the test sees them all
        System.setProperty("org.apache.juli.logging.UserDataHelper.CONFIG", "INFO_ALL");
    }

    @LocalServerPort
    int port;

    @Test
    void aMalformedUrlGetsHarboursTranslatedPage(CapturedOutput output) throws IOException {
        Reply reply = send("GET /%" + SECRET + "%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Accept-Language: fr-CA\r\nConnection: close\r\n\r\n");
        assertHarbourPage(reply, 400, "Cette demande n&#39;a pas pu être traitée");
        assertThat(output.getAll())
                .doesNotContain(SECRET)
                .containsOnlyOnce("Tomcat refused a request before Harbour read it (status 400)");
    }

    @Test
    void anInvalidCharacterInTheQueryIsNotLogged(CapturedOutput output) throws IOException {
        Reply reply = send("GET /?name=" + SECRET + "{x} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");
        assertHarbourPage(reply, 400, "This request could not be handled");
        assertThat(output.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aQueryThatCannotBeDecodedLogsOneLineWithoutItsValue(CapturedOutput output) throws IOException {
        Reply reply = send("GET /learn-the-signs?name=" + SECRET + "%E9%ZZ HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/html\r\nAccept-Language: fr\r\nConnection: close\r\n\r\n");
        assertHarbourPage(reply, 400, "Cette demande n&#39;a pas pu être traitée");
        assertThat(output.getAll())
                .doesNotContain(SECRET)
                .doesNotContain("InvalidParameterException")
                .containsOnlyOnce("Refused a GET request whose parameters could not be read (status 400)");
    }

    @Test
    void aHugeHeaderOrQueryGetsHarboursPage(CapturedOutput output) throws IOException {
        String big = SECRET.repeat(2000);
        assertHarbourPage(
                send("GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nX-Note: " + big
                        + "\r\nConnection: close\r\n\r\n"),
                400,
                "This request could not be handled");
        assertHarbourPage(
                send("GET /?q=" + big + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                        + "Connection: close\r\n\r\n"),
                400,
                "This request could not be handled");
        assertThat(output.getAll()).doesNotContain(SECRET);
        assertThat(output.getAll().lines().filter(line -> line.contains("Tomcat refused a request")))
                .as("one line for each of the two requests")
                .hasSize(2)
                .allSatisfy(line ->
                        assertThat(line).endsWith("Tomcat refused a request before Harbour read it (status 400)"));
    }

    @Test
    void anOversizedFormGetsHarboursPageAndChangesNothing(CapturedOutput output) throws IOException {
        String body = "whatHappened=" + SECRET.repeat(6000);
        Reply reply = send("POST /report HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Language: fr\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertHarbourPage(reply, 413, "Ce que vous avez envoyé est trop volumineux");
        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain("InvalidParameterException");
    }

    @Test
    void errorAnswersWithAStatusItCanExplain() throws IOException {
        Reply direct = send("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertHarbourPage(direct, 404, "Page not found");
        Reply json =
                send("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404").doesNotContain("999");
    }

    private static void assertHarbourPage(Reply reply, int status, String title) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("content-security-policy"))
                .as(reply.toString())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(reply.header("cache-control")).contains("no-store");
        assertThat(reply.body())
                .contains("<h1>" + title + "</h1>")
                .contains("class=\"site-header\"")
                .doesNotContain("Tomcat")
                .doesNotContain("HTTP Status")
                .doesNotContain(SECRET);
    }

    private Reply send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Reply.parse(all.toByteArray());
        }
    }

    record Reply(int status, Map<String, String> headers, String body) {
        static Reply parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, Math.max(end, 0)).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Reply(
                    Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }

        /** The chunks of a chunked body, joined (ISO-8859-1 keeps one char per byte while reading sizes). */
        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = lineEnd < 0
                        ? 0
                        : Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
