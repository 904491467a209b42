package ca.harbour.bench.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop HTTP/1.1 load at a fixed rate over a fixed set of keep-alive connections, cheap enough
 * to share a 2-core machine with the server it measures. Request {@code n} is due at
 * {@code start + n / rate}; its latency counts from that instant, so when every connection is busy
 * the wait for a free one is part of the figure (no coordinated omission). Loopback only.
 */
public final class OpenLoop {

    /** The raw bytes of request {@code n}. */
    public interface Requests {
        byte[] request(int n);
    }

    /** Called once per answered request, from the connection's thread. */
    public interface Responses {
        void answered(int n, int status, byte[] body);
    }

    /** What one run at one rate measured. */
    public record Result(
            int rate, int sent, int ok, int other, double achieved, long[] sortedNanos, List<String> failures) {

        public double millis(double quantile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            return sortedNanos[
                            Math.min(
                                    sortedNanos.length - 1,
                                    Math.max(0, (int) Math.ceil(quantile * sortedNanos.length) - 1))]
                    / 1e6;
        }

        public String line() {
            return String.format(
                    "%8d %8d %8d %8d %10.0f %8.1f %8.1f %8.1f %8.1f",
                    rate, sent, ok, other, achieved, millis(0.50), millis(0.95), millis(0.99), millis(1.0));
        }

        public static String header() {
            return String.format(
                    "%8s %8s %8s %8s %10s %8s %8s %8s %8s",
                    "rate/s", "sent", "2xx", "other", "achieved/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        }
    }

    private final InetSocketAddress address;
    private final int connections;

    public OpenLoop(URI base, int connections) {
        if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
            throw new IllegalArgumentException("Load goes to loopback only");
        }
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.connections = Math.max(1, Math.min(connections, 512));
    }

    /** A GET request for {@code pathAndQuery}, kept alive. */
    public static byte[] get(String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A POST of a JSON body to {@code path}, kept alive. */
    public static byte[] postJson(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    public Result run(int rate, int seconds, Requests requests, Responses responses) throws InterruptedException {
        int total = Math.max(1, rate * seconds);
        long interval = 1_000_000_000L / Math.max(1, rate);
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime() + 50_000_000L;
        long deadline = start + (seconds + 30L) * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(
                    () -> {
                        Connection conn = null;
                        for (int n; (n = next.getAndIncrement()) < total && System.nanoTime() < deadline; ) {
                            long due = start + n * interval;
                            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                                LockSupport.parkNanos(wait);
                            }
                            try {
                                if (conn == null) {
                                    conn = new Connection(address);
                                }
                                Response r = conn.exchange(requests.request(n));
                                latencies[n] = System.nanoTime() - due;
                                if (r.status >= 200 && r.status < 300) {
                                    ok.incrementAndGet();
                                } else {
                                    other.incrementAndGet();
                                    note(failures, "HTTP " + r.status);
                                }
                                responses.answered(n, r.status, r.body);
                                if (r.close) {
                                    conn.close();
                                    conn = null;
                                }
                            } catch (IOException | RuntimeException e) {
                                latencies[n] = System.nanoTime() - due;
                                other.incrementAndGet();
                                note(failures, e.toString());
                                if (conn != null) {
                                    conn.close();
                                }
                                conn = null;
                            }
                        }
                        if (conn != null) {
                            conn.close();
                        }
                    },
                    "load-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        return new Result(
                rate,
                total,
                ok.get(),
                other.get() + (total - sorted.length),
                ok.get() / elapsed,
                sorted,
                List.copyOf(failures));
    }

    private static void note(ConcurrentLinkedQueue<String> failures, String failure) {
        if (failures.size() < 3) {
            failures.add(failure);
        }
    }

    private record Response(int status, byte[] body, boolean close) {}

    /** One keep-alive connection: writes a request, reads one response (Content-Length or chunked). */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(address, 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h; !(h = line()).isEmpty(); ) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    close = true;
                }
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (int size; (size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0; ) {
                    all.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
                body = all.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes(length);
            } else {
                body = in.readAllBytes();
                close = true;
            }
            return new Response(status, body, close);
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
