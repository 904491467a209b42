package ca.harbour.intelligence.internal.graph;

import ca.harbour.linkage.block.AtomBlocker;
import ca.harbour.linkage.engine.LinkageModel;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.FellegiSunter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The entity-resolution model of ads and tips: the description in {@code intelligence/entity-resolution.json}
 * (phone, e-mail, handle, first name, city) and m and u given here rather than fitted, since a service's first
 * import may be a few ads, too few for EM, and the same records must score the same in every service.
 */
final class ResolutionModel {

    static final String DESCRIPTION = "/intelligence/entity-resolution.json";

    /**
     * Per field (in the description's order), m and u of exact agreement: an identifier is nearly always the same
     * in two records of one person (m 0.85) and shared by two strangers about once in a million pairs (u 1e-6; a
     * handle 1e-5, a site's handles being short); a first name agrees in 70% of one person's records (aliases)
     * and in 1% of strangers'; a city in 80% and 10% (most ads are in a few cities).
     */
    private static final double[][] EXACT = {{0.85, 1e-6}, {0.85, 1e-6}, {0.80, 1e-5}, {0.70, 0.01}, {0.80, 0.10}};

    /** Each level between exact and different: m 0.05 (a typo, another provider), u ten times exact's. */
    private static final double NEAR_M = 0.05;

    /**
     * The prior of a match among all pairs: a person has a handful of ads among a service's hundreds of
     * thousands. With it, one exact identifier alone gives a probability of about 0.9 (below the threshold of
     * 0.95), one identifier with a name or city, or a near identifier with a name and city, is enough.
     */
    private static final double LAMBDA = 1e-5;

    private ResolutionModel() {}

    static LinkageModel load() {
        DatasetDescription description;
        try (InputStream in = ResolutionModel.class.getResourceAsStream(DESCRIPTION)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DESCRIPTION);
            }
            description = DescriptionReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DESCRIPTION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Comparisons comparisons = new Comparisons(description.fields());
        int fields = comparisons.size();
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        double[] hints = new double[fields];
        for (int f = 0; f < fields; f++) {
            int levels = comparisons.field(f).levels();
            m[f] = new double[levels];
            u[f] = new double[levels];
            double mRest = 1;
            double uRest = 1;
            m[f][levels - 1] = EXACT[f][0];
            u[f][levels - 1] = EXACT[f][1];
            mRest -= EXACT[f][0];
            uRest -= EXACT[f][1];
            for (int l = 1; l < levels - 1; l++) {
                m[f][l] = NEAR_M;
                u[f][l] = EXACT[f][1] * 10;
                mRest -= m[f][l];
                uRest -= u[f][l];
            }
            m[f][0] = mRest;
            u[f][0] = uRest;
            hints[f] = description.fields().get(f).weight();
        }
        FellegiSunter scorer = new FellegiSunter(comparisons, LAMBDA, m, u, hints, null);
        return new LinkageModel(
                description,
                scorer,
                new long[0],
                new boolean[AtomBlocker.TYPES],
                new long[0],
                FellegiSunter.weightOf(description.threshold()));
    }
}
