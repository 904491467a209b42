package ca.harbour.linkage.engine;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.EmEstimator;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;
import ca.harbour.linkage.score.TermFrequencies;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a Fellegi-Sunter model without labels: u is first estimated on seeded random pairs, then EM
 * re-estimates λ, m and u on the candidate pairs that blocking produced (so the model describes the
 * population it will classify).
 */
final class ModelTrainer {
    private static final int RANDOM_PAIRS = 50_000;

    private ModelTrainer() {
    }

    static FellegiSunter train(DatasetDescription d, Comparisons c, List<PreparedRecord> records, int firstSize,
                               boolean linking, PatternCounts candidates, TermFrequencies tf) {
        double[][] u0 = randomPairU(d.seed(), c, records, firstSize, linking);
        EmEstimator.Fit fit = new EmEstimator(200, 1e-7).fit(c, candidates, u0, 0.1);
        double[] hints = d.fields().stream().mapToDouble(f -> f.weight()).toArray();
        return new FellegiSunter(c, fit.lambda(), fit.m(), fit.u(), hints, tf);
    }

    /** u per field and level measured on random pairs, Laplace-smoothed. */
    static double[][] randomPairU(long seed, Comparisons c, List<PreparedRecord> records, int firstSize,
                                  boolean linking) {
        int n = records.size();
        int nf = c.size();
        double[][] counts = new double[nf][];
        for (int f = 0; f < nf; f++) {
            counts[f] = new double[c.field(f).levels()];
            java.util.Arrays.fill(counts[f], 1.0);
        }
        long possible = linking ? (long) firstSize * (n - firstSize) : (long) n * (n - 1) / 2;
        long samples = Math.min(Math.min(RANDOM_PAIRS, Math.max(10_000L, 4L * n)), possible);
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] levels = new int[nf];
        for (long s = 0; s < samples; s++) {
            int i;
            int j;
            if (linking) {
                i = rnd.nextInt(firstSize);
                j = firstSize + rnd.nextInt(n - firstSize);
            } else {
                i = rnd.nextInt(n);
                j = rnd.nextInt(n - 1);
                if (j >= i) {
                    j++;
                }
            }
            c.compare(records.get(i), records.get(j), levels);
            for (int f = 0; f < nf; f++) {
                if (levels[f] >= 0) {
                    counts[f][levels[f]]++;
                }
            }
        }
        for (double[] row : counts) {
            double t = 0;
            for (double x : row) {
                t += x;
            }
            for (int l = 0; l < row.length; l++) {
                row[l] /= t;
            }
        }
        return counts;
    }
}
