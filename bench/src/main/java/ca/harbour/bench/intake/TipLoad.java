package ca.harbour.bench.intake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on {@code POST /api/v1/tips}: sends at a fixed rate whatever the server's pace
 * (latency counts from the intended send time, so a stalled server is not hidden), writes every
 * reference the server returned to a file as soon as it arrives, and prints p50/p95/p99 per rate.
 * Loopback only; bounded in count and time.
 *
 * <p>Usage: {@code TipLoad URL SECONDS REFS_FILE RATE [RATE ...]}
 */
public final class TipLoad {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(HT-[A-Z0-9-]+)\"");

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        if (!"127.0.0.1".equals(url.getHost()) && !"localhost".equals(url.getHost())) {
            throw new IllegalArgumentException("Load goes to loopback only");
        }
        int seconds = Integer.parseInt(args[1]);
        Path refs = Path.of(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%8s %8s %8s %8s %10s %8s %8s %8s %8s%n", "rate/s", "sent", "201", "other", "achieved/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms");
        try (BufferedWriter out = Files.newBufferedWriter(refs)) {
            for (int i = 3; i < args.length; i++) {
                run(client, url, Integer.parseInt(args[i]), seconds, out);
            }
        }
    }

    private static void run(HttpClient client, URI url, int rate, int seconds, BufferedWriter refs)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int n = 0; n < total; n++) {
            long intended = start + n * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = n;
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies[index] = System.nanoTime() - intended;
                if (error == null && response.statusCode() == 201) {
                    Matcher m = REFERENCE.matcher(response.body());
                    if (m.find()) {
                        record(refs, m.group(1));
                    }
                    ok.incrementAndGet();
                } else {
                    other.incrementAndGet();
                    if (failures.size() < 3) {
                        failures.add(error != null ? error.toString() : "HTTP " + response.statusCode());
                    }
                }
                done.countDown();
            });
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%8d %8d %8d %8d %10.0f %8.1f %8.1f %8.1f %8.1f%n", rate, total, ok.get(), other.get(),
                ok.get() / elapsed, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        failures.forEach(f -> System.out.println("   e.g. " + f));
    }

    private static synchronized void record(BufferedWriter refs, String reference) {
        try {
            refs.write(reference);
            refs.newLine();
            refs.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String body(int n) {
        String[] happened = {"NOW", "TODAY", "WEEK", "MONTH", "EARLIER", "UNSURE"};
        return "{\"whatHappened\":\"Load test tip " + n + ": a van collects workers from the motel every night\","
                + "\"happened\":\"" + happened[n % happened.length] + "\",\"minorInvolved\":\"" + (n % 7 == 0 ? "YES" : "NO")
                + "\",\"dangerNow\":" + (n % 50 == 0) + ",\"region\":\"TORONTO\"}";
    }
}
