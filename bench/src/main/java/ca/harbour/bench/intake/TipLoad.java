package ca.harbour.bench.intake;

import ca.harbour.bench.http.OpenLoop;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on {@code POST /api/v1/tips} (see {@link OpenLoop}): sends at fixed rates whatever
 * the server's pace, writes every reference the server returned to a file as soon as it arrives,
 * and prints p50/p95/p99 per rate.
 *
 * <p>Usage: {@code TipLoad URL SECONDS REFS_FILE RATE [RATE ...]}; {@code -Dconnections=N} (default 64).
 */
public final class TipLoad {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(HT-[A-Z0-9-]+)\"");
    private static final String[] HAPPENED = {"NOW", "TODAY", "WEEK", "MONTH", "EARLIER", "UNSURE"};

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path refs = Path.of(args[2]);
        OpenLoop load = new OpenLoop(url, Integer.getInteger("connections", 64));
        System.out.println(OpenLoop.Result.header());
        try (BufferedWriter out = Files.newBufferedWriter(refs)) {
            for (int i = 3; i < args.length; i++) {
                OpenLoop.Result r = load.run(
                        Integer.parseInt(args[i]),
                        seconds,
                        n -> OpenLoop.postJson(url.getRawPath(), body(n)),
                        (n, status, body) -> {
                            if (status == 201) {
                                Matcher m = REFERENCE.matcher(new String(body, StandardCharsets.UTF_8));
                                if (m.find()) {
                                    record(out, m.group(1));
                                }
                            }
                        });
                System.out.println(r.line());
                r.failures().forEach(f -> System.out.println("   e.g. " + f));
            }
        }
    }

    /** Written and flushed as soon as it arrives, so a kill -9 of the server cannot hide a returned reference. */
    private static synchronized void record(BufferedWriter refs, String reference) {
        try {
            refs.write(reference);
            refs.newLine();
            refs.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(int n) {
        return "{\"whatHappened\":\"Load test tip " + n + ": a van collects workers from the motel every night\","
                + "\"happened\":\"" + HAPPENED[n % HAPPENED.length] + "\",\"minorInvolved\":\""
                + (n % 7 == 0 ? "YES" : "NO")
                + "\",\"dangerNow\":" + (n % 50 == 0) + ",\"region\":\"TORONTO\"}";
    }
}
