package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.InputProfile;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.engine.RedundancyCheck;
import ca.harbour.linkage.io.Messages;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.normalize.Placeholders;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run tells its user on standard error besides errors, in their language. Notes (placeholders found
 * and now treated as missing, placeholder days) are left out with {@code -q}; warnings never are: a field
 * with no value, fields that repeat others, a run that compared no pair, a run that matched none. A
 * warning does not change the exit code (0): no pair can be the right answer, for two lists with no one in
 * common, and the summary on standard output says "matched pairs: 0" for scripts to read.
 */
final class Diagnostics {
    private final PrintStream err;
    private final Locale locale;
    private final boolean quiet;

    Diagnostics(PrintStream err, Locale locale, boolean quiet) {
        this.err = err;
        this.locale = locale;
        this.quiet = quiet;
    }

    /**
     * Profiles the first records of each input ({@link InputProfile}), says what it found, and returns the
     * description with the placeholders found treated as missing.
     */
    DatasetDescription profile(DatasetDescription d, List<Path> inputs, Charset charset) {
        List<RecordSource.Stream> streams = new ArrayList<>();
        InputProfile p;
        try {
            for (Path in : inputs) {
                streams.add(RecordSource.open(in, d.forInput(streams.size()), charset));
            }
            p = InputProfile.scan(d, streams);
        } finally {
            for (RecordSource.Stream s : streams) {
                try {
                    s.close();
                } catch (IOException e) {
                    // read already
                }
            }
        }
        for (InputProfile.FieldReport f : p.fields()) {
            if (!f.placeholders().isEmpty()) {
                note(Messages.text(locale, "warn.placeholders", f.field(), placeholders(f.placeholders())));
            }
            if (f.dayPattern() != null) {
                note(Messages.text(
                        locale,
                        "warn.placeholderDay",
                        f.field(),
                        percent(f.dayShare()),
                        f.dayPattern().equals(Placeholders.JANUARY_FIRST) ? "YYYY-01-01" : "YYYY-MM-01"));
            }
            if (f.values() == 0 && p.records() > 0) {
                err.println(Messages.text(locale, "warn.emptyField", f.field()));
            }
        }
        for (RedundancyCheck.Redundancy r : p.redundancies()) {
            err.println(Messages.text(
                    locale,
                    "warn.redundant",
                    r.field(),
                    quoted(r.others()),
                    Long.toString(Math.round(r.share() * 100))));
        }
        return p.apply(d);
    }

    /** After a run: a warning when it compared no pair, or matched none. */
    void afterRun(DatasetDescription d, LinkageResult r) {
        if (r.records().size() < 2) {
            return;
        }
        if (r.comparisons() == 0) {
            List<String> blocking = new ArrayList<>();
            for (FieldSpec f : d.fields()) {
                if (f.blocks()) {
                    blocking.add(f.name());
                }
            }
            err.println(
                    blocking.isEmpty()
                            ? Messages.text(locale, "warn.noBlockingField")
                            : Messages.text(locale, "warn.noCandidates", String.join(", ", blocking)));
            return;
        }
        for (int k = 0; k < r.pairs().size(); k++) {
            if (r.pairs().weight(k) >= r.model().thresholdWeight()) {
                return;
            }
        }
        err.println(Messages.text(
                locale,
                "warn.noMatches",
                r.comparisons(),
                Outputs.fixed(r.model().threshold(), 1000)));
    }

    private void note(String text) {
        if (!quiet) {
            err.println(text);
        }
    }

    /** "unknown" (12), "1900-01-01" (40) */
    private static String placeholders(Map<String, Integer> found) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('"').append(e.getKey()).append("\" (").append(e.getValue()).append(')');
        }
        return b.toString();
    }

    /** Field names quoted as the user's language quotes them, joined by "and". */
    private String quoted(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            if (b.length() > 0) {
                b.append(Messages.text(locale, "warn.and"));
            }
            b.append(Messages.text(locale, "warn.quoted", n));
        }
        return b.toString();
    }

    private static String percent(double share) {
        return Outputs.fixed(share * 100, 10) + " %";
    }
}
