import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports ad files through {@code POST /api/v1/intelligence/ads} as a signed-in analyst, one file after the other,
 * streaming each file from disk, and prints each import report with how long the request took.
 *
 * <p>Usage: {@code java AdImportClient.java <base> <username> <password> <csrf-page> <file>...}; the content type
 * follows each file's extension ({@code .csv} or {@code .jsonl}).
 */
public final class AdImportClient {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String[] session = signIn(client, base, args[1], args[2]);
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(base.resolve(args[3]))
                        .header("Cookie", session[0])
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String token = token(page.body());
        long all = System.nanoTime();
        for (int i = 4; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String type = file.toString().endsWith(".csv") ? "text/csv" : "application/x-ndjson";
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/intelligence/ads"))
                            .header("Cookie", session[0])
                            .header("X-CSRF-TOKEN", token)
                            .header("Content-Type", type)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofHours(2))
                            .POST(HttpRequest.BodyPublishers.ofFile(file))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf(
                    Locale.ROOT,
                    "%s: HTTP %d in %.1f s: %s%n",
                    file.getFileName(),
                    answer.statusCode(),
                    (System.nanoTime() - started) / 1e9,
                    answer.body().length() > 600 ? answer.body().substring(0, 600) + "..." : answer.body());
            if (answer.statusCode() >= 300) {
                System.exit(1);
            }
        }
        System.out.printf(Locale.ROOT, "all requests: %.1f s%n", (System.nanoTime() - all) / 1e9);
    }

    /** Signs in through the form and answers the session cookie. */
    private static String[] signIn(HttpClient client, URI base, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(base.resolve("/signin")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form, "");
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token(form.body()));
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(base.resolve("/signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/signin")) {
            throw new IOException("sign-in as " + username + " failed: HTTP " + signedIn.statusCode());
        }
        return new String[] {cookie(signedIn, cookie)};
    }

    private static String token(String html) throws IOException {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IOException("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String cookie(HttpResponse<?> response, String otherwise) {
        List<String> found = new ArrayList<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0].trim();
            if (!pair.endsWith("=")) {
                found.add(pair);
            }
        }
        return found.isEmpty() ? otherwise : String.join("; ", found);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
