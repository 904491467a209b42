package ca.harbour.linkage.score;

import java.util.Map;

/**
 * Unsupervised estimation of λ, m and u by expectation-maximisation over comparison-pattern counts
 * (conditional independence of fields given match status). Starts from u estimated on random pairs and
 * m favouring agreement; probabilities are kept within [1e-4, 1 - 1e-4].
 */
public final class EmEstimator {
    private static final double FLOOR = 1e-4;
    private final int maxIterations;
    private final double tolerance;

    public EmEstimator(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Result of a fit. */
    public record Fit(double lambda, double[][] m, double[][] u, int iterations) {
    }

    /**
     * Fits the model.
     *
     * @param c       vector layout
     * @param counts  pattern counts of the compared (candidate) pairs
     * @param u0      initial u per field and level
     * @param lambda0 initial λ
     */
    public Fit fit(Comparisons c, PatternCounts counts, double[][] u0, double lambda0) {
        return fit(c, counts, u0, lambda0, false, 0);
    }

    /**
     * Fits λ and m, and u unless {@code fixU}. With {@code fixU} the model describes all pairs, not only the
     * counted ones: {@code unseenNonMatches} pairs that were never compared (blocked apart) count as certain
     * non-matches in λ, so λ is the match share among all pairs and u stays as measured on random pairs.
     * Because blocking keeps almost every match, m is still estimated from the compared pairs.
     */
    public Fit fit(Comparisons c, PatternCounts counts, double[][] u0, double lambda0, boolean fixU,
                   double unseenNonMatches) {
        int nf = c.size();
        double[][] m = new double[nf][];
        double[][] u = new double[nf][];
        for (int f = 0; f < nf; f++) {
            int levels = c.field(f).levels();
            m[f] = new double[levels];
            u[f] = u0[f].clone();
            double rest = 0.1;
            double sum = 0;
            for (int l = 0; l < levels - 1; l++) {
                sum += 1 << l;
            }
            for (int l = 0; l < levels - 1; l++) {
                m[f][l] = rest * (1 << l) / sum;
            }
            m[f][levels - 1] = 0.9;
        }
        Map<Long, Long> patterns = counts.sorted();
        int np = patterns.size();
        int[][] vec = new int[np][nf];
        double[] n = new double[np];
        int p = 0;
        for (Map.Entry<Long, Long> e : patterns.entrySet()) {
            c.decode(e.getKey(), vec[p]);
            n[p++] = e.getValue();
        }
        double lambda = lambda0;
        int it = 0;
        for (; it < maxIterations; it++) {
            double[][] mAcc = new double[nf][];
            double[][] uAcc = new double[nf][];
            for (int f = 0; f < nf; f++) {
                mAcc[f] = new double[m[f].length];
                uAcc[f] = new double[u[f].length];
            }
            double matches = 0;
            double all = 0;
            for (int q = 0; q < np; q++) {
                double lm = Math.log(lambda);
                double lu = Math.log(1 - lambda);
                for (int f = 0; f < nf; f++) {
                    int l = vec[q][f];
                    if (l >= 0) {
                        lm += Math.log(m[f][l]);
                        lu += Math.log(u[f][l]);
                    }
                }
                double g = 1.0 / (1.0 + Math.exp(lu - lm));
                matches += n[q] * g;
                all += n[q];
                for (int f = 0; f < nf; f++) {
                    int l = vec[q][f];
                    if (l >= 0) {
                        mAcc[f][l] += n[q] * g;
                        uAcc[f][l] += n[q] * (1 - g);
                    }
                }
            }
            double denominator = all + unseenNonMatches;
            double newLambda = denominator > 0 ? Math.max(1e-15, Math.min(1 - FLOOR, matches / denominator)) : lambda;
            double delta = Math.abs(Math.log(newLambda / lambda));
            lambda = newLambda;
            for (int f = 0; f < nf; f++) {
                delta = Math.max(delta, normalise(mAcc[f], m[f]));
                if (!fixU) {
                    delta = Math.max(delta, normalise(uAcc[f], u[f]));
                }
            }
            if (delta < tolerance) {
                it++;
                break;
            }
        }
        return new Fit(lambda, m, u, it);
    }

    private static double normalise(double[] acc, double[] target) {
        double s = 0;
        for (double a : acc) {
            s += a;
        }
        double delta = 0;
        for (int l = 0; l < acc.length; l++) {
            double v = s > 0 ? clamp(acc[l] / s) : target[l];
            delta = Math.max(delta, Math.abs(v - target[l]));
            target[l] = v;
        }
        return delta;
    }

    private static double clamp(double x) {
        return Math.max(FLOOR, Math.min(1 - FLOOR, x));
    }
}
