package ca.harbour.bench.directory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-model HTTP load at a fixed rate against a loopback Harbour: each request is scheduled at
 * its own instant and its latency counts from that instant, so a slow server cannot hide queueing
 * (no coordinated omission). Usage: DirectoryHttpLoad <base URL on 127.0.0.1> <requests/s> <seconds>
 */
public final class DirectoryHttpLoad {

    private static final String[] WORDS = {"shelter", "sheltr", "housing", "hebergement", "legal", "lawyer",
            "counselling", "therapie", "mental health", "addictions", "immigration", "emploi", "interpreter",
            "youth", "jeunes", "indigenous", "medical", "income", "victim", "refuge"};
    private static final String[] PLACES = {"Toronto", "Ottawa", "Thunder Bay", "Sudbury", "Kenora", "Hamilton",
            "London", "Kingston", "Timmins", "Windsor", "Barrie", "Sault Ste. Marie", ""};

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("loopback only");
        }
        int rate = Math.min(Integer.parseInt(args[1]), 2000);
        int seconds = Math.min(Integer.parseInt(args[2]), 600);
        String path = args.length > 3 ? args[3] : "/api/hsds/service_at_locations";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(32)).build();
        Random random = new Random(11);
        int total = rate * seconds;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + 200_000_000L;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            String q = "?search=" + enc(WORDS[random.nextInt(WORDS.length)]);
            String place = PLACES[random.nextInt(PLACES.length)];
            String uri = base + path + q + (place.isEmpty() ? "" : (path.startsWith("/find") ? "&near=" : "&postcode=") + enc(place));
            HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).GET().build();
            clock.schedule(() -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                latencies.add(System.nanoTime() - due);
                done.countDown();
            }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        clock.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s at %d req/s for %d s: n=%,d errors=%d achieved=%.0f req/s p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                path, rate, seconds, sorted.length, errors.get(), sorted.length / elapsed, pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
