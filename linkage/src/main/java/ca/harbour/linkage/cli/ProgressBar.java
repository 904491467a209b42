package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.ProgressListener;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn at most five times a second. */
final class ProgressBar implements ProgressListener {
    private final PrintStream out;
    private long lastDraw;
    private String lastPhase = "";
    private long phaseStart = System.nanoTime();

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(String phase, long done, long total) {
        long now = System.nanoTime();
        if (total <= 0) {
            if (!phase.equals(lastPhase)) {
                phaseStart = now;
                lastPhase = phase;
            }
            out.print("\r" + String.format("%-8s", phase) + " " + done + " records   ");
            out.flush();
            return;
        }
        boolean end = done >= total;
        if (!end && phase.equals(lastPhase) && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        if (!phase.equals(lastPhase)) {
            phaseStart = now;
        }
        lastPhase = phase;
        int width = 30;
        int fill = total == 0 ? width : (int) (width * Math.min(1.0, (double) done / total));
        out.print("\r" + String.format("%-8s", phase) + " [" + "#".repeat(fill) + ".".repeat(width - fill) + "] "
                + (total == 0 ? 100 : 100 * done / total) + "% " + done + "/" + total + "   ");
        if (end) {
            out.printf(java.util.Locale.ROOT, "%.1fs%n", (now - phaseStart) / 1e9);
            lastPhase = "";
        }
        out.flush();
    }

    synchronized void finish() {
        out.flush();
    }
}
