package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.ProgressListener;
import ca.harbour.linkage.io.Messages;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn at most five times a second. */
final class ProgressBar implements ProgressListener {
    private final PrintStream out;
    private long lastDraw;
    private String lastPhase = "";
    private long phaseStart = System.nanoTime();

    private final Locale locale;

    ProgressBar(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    /** The phase's name in the user's language, padded to line the bars up. */
    private String label(String phase) {
        return String.format("%-13s", Messages.text(locale, "phase." + phase));
    }

    @Override
    public synchronized void progress(String phase, long done, long total) {
        long now = System.nanoTime();
        if (total <= 0) {
            if (!phase.equals(lastPhase)) {
                phaseStart = now;
                lastPhase = phase;
            }
            out.print("\r" + label(phase) + " " + Messages.text(locale, "phase.records", done) + "   ");
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
        out.print("\r" + label(phase) + " [" + "#".repeat(fill) + ".".repeat(width - fill) + "] "
                + (total == 0 ? 100 : 100 * done / total) + "% " + done + "/" + total + "   ");
        if (end) {
            out.printf(Locale.ROOT, "%.1fs%n", (now - phaseStart) / 1e9);
            lastPhase = "";
        }
        out.flush();
    }

    synchronized void finish() {
        out.flush();
    }
}
