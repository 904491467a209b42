package ca.harbour.bench.cases;

import ca.harbour.bench.http.OpenLoop;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in pages and API calls at a fixed rate (see {@link OpenLoop}): signs in once through the sign-in form as a
 * demo account (which has no second factor), keeps the session cookie and sends it with every request. Each path is
 * warmed up, then measured; a path answered with anything but 2xx (a redirect to the sign-in page, a 404) is counted
 * in "other", so a lost session cannot pass for a fast page.
 * Usage: {@code CaseHttpLoad <base URL on 127.0.0.1> <username> <password> <requests/s> <seconds> <path>...};
 * {@code -Dconnections=N} (default 16), {@code -Dwarmup=S} seconds of warm-up per path at the same rate (default 5),
 * {@code -Dcase=ID} replaces {@code {case}} in the paths, {@code -Dpid=N} (the application's process) adds the CPU
 * time it spent per 2xx answer.
 */
public final class CaseHttpLoad {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|" + "value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private CaseHttpLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: CaseHttpLoad <base> <username> <password> <rate> <seconds> <path>...");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        String session = signIn(base, args[1], args[2]);
        int rate = Math.min(Integer.parseInt(args[3]), 1000);
        int seconds = Math.min(Integer.parseInt(args[4]), 600);
        int warmup = Integer.getInteger("warmup", 5);
        OpenLoop loop = new OpenLoop(base, Integer.getInteger("connections", 16));
        System.out.println("signed in as " + args[1]);
        String pid = System.getProperty("pid", "");
        System.out.println(String.format("%-72s ", "path")
                + OpenLoop.Result.header()
                + (pid.isEmpty() ? "" : String.format(" %8s", "CPU ms")));
        String caseId = System.getProperty("case", "{case}");
        List<String> paths = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            paths.add(args[i].replace("{case}", caseId));
        }
        // warm every path up first (the JIT's compilations count in the process's CPU time), then measure each
        for (String path : paths) {
            if (warmup > 0) {
                byte[] request = get(path, session);
                loop.run(rate, warmup, n -> request, (n, status, body) -> {});
            }
        }
        for (String path : paths) {
            byte[] request = get(path, session);
            AtomicReference<byte[]> last = new AtomicReference<>(new byte[0]);
            long before = cpuTicks(pid);
            OpenLoop.Result r = loop.run(rate, seconds, n -> request, (n, status, body) -> last.set(body));
            long ticks = cpuTicks(pid) - before;
            System.out.println(String.format("%-72s ", shorten(path))
                    + r.line()
                    + (pid.isEmpty() || r.ok() == 0 ? "" : String.format(" %8.2f", ticks * 10.0 / r.ok())));
            System.out.println("   last answer " + last.get().length + " bytes" + keep(path, last.get()));
            r.failures().forEach(f -> System.out.println("   e.g. " + f));
        }
    }

    /** Signs in through the form (CSRF token from the form, the session cookie it set); answers the new cookie. */
    static String signIn(URI base, String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(base.resolve("/signin")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form).orElseThrow(() -> new IOException("the sign-in form set no session cookie"));
        Matcher m = CSRF.matcher(form.body());
        if (!m.find()) {
            throw new IOException("no CSRF token on the sign-in form");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(base.resolve("/signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/signin")) {
            throw new IOException(
                    "sign-in as " + username + " failed: HTTP " + signedIn.statusCode() + " to " + location);
        }
        // the session id changes at sign-in (fixation protection): keep the new one
        return cookie(signedIn).orElse(cookie);
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        List<String> found = new ArrayList<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0].trim();
            if (!pair.endsWith("=")) {
                found.add(pair);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found));
    }

    /** A GET of {@code pathAndQuery} with the session cookie, kept alive. */
    static byte[] get(String pathAndQuery, String cookie) {
        String accept = pathAndQuery.startsWith("/api/") ? "application/json" : "text/html";
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\nCookie: " + cookie
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** With {@code -Dkeep=DIR}, keeps the last answer of a path there (to look at what was measured). */
    private static String keep(String path, byte[] body) throws IOException {
        String dir = System.getProperty("keep", "");
        if (dir.isEmpty()) {
            return "";
        }
        Path file =
                Path.of(dir, path.replaceAll("[^A-Za-z0-9]+", "_") + (path.startsWith("/api/") ? ".json" : ".html"));
        Files.createDirectories(file.getParent());
        Files.write(file, body);
        return ", kept in " + file;
    }

    /**
     * The CPU time the application's process has used so far, in clock ticks (user + system, fields 14 and 15 of
     * {@code /proc/<pid>/stat}; 100 a second on Linux), or 0 without a pid. Unlike latencies, the CPU time a page
     * costs is little moved by the other work of a shared machine: it is printed per 2xx answer.
     */
    private static long cpuTicks(String pid) throws IOException {
        if (pid.isEmpty()) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) " the fields start at number 3, state
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String shorten(String path) {
        return path.length() <= 72 ? path : path.substring(0, 69) + "...";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
