package ca.harbour.linkage.cli;

import ca.harbour.linkage.cluster.Edges;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.io.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes result CSVs: pairs (id_l, id_r, probability, match_weight[, explanation]) and clusters. */
final class Outputs {

    private Outputs() {}

    /** Decimal rendering rounded to 1/scale (a power of ten), without the cost of String.format. */
    static String fixed(double x, long scale) {
        long v = Math.round(x * scale);
        StringBuilder b = new StringBuilder(16);
        if (v < 0) {
            b.append('-');
            v = -v;
        }
        b.append(v / scale).append('.');
        String frac = Long.toString(v % scale);
        for (int k = frac.length(); k < Long.toString(scale).length() - 1; k++) {
            b.append('0');
        }
        return b.append(frac).toString();
    }

    static void write(LinkageResult r, Path pairs, Path clusters, boolean explain) {
        try {
            if (pairs != null) {
                try (CsvWriter w = new CsvWriter(pairs)) {
                    if (explain) {
                        w.row("id_l", "id_r", "probability", "match_weight", "explanation");
                    } else {
                        w.row("id_l", "id_r", "probability", "match_weight");
                    }
                    Edges e = r.pairs();
                    for (int k = 0; k < e.size(); k++) {
                        String p = fixed(r.probability(k), 1_000_000);
                        String wt = fixed(e.weight(k), 1000);
                        String a = r.records().get(e.a(k)).id();
                        String b = r.records().get(e.b(k)).id();
                        if (explain) {
                            w.row(a, b, p, wt, r.explain(e.a(k), e.b(k)).summary());
                        } else {
                            w.row(a, b, p, wt);
                        }
                    }
                }
            }
            if (clusters != null) {
                try (CsvWriter w = new CsvWriter(clusters)) {
                    w.row("source", "id", "entity_id");
                    for (int i = 0; i < r.records().size(); i++) {
                        w.row(
                                Integer.toString(r.records().get(i).source()),
                                r.records().get(i).id(),
                                r.entityId(i));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
