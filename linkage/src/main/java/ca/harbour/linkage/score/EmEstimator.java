package ca.harbour.linkage.score;

import java.util.Arrays;

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
    public record Fit(double lambda, double[][] m, double[][] u, int iterations) {}

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
    public Fit fit(
            Comparisons c, PatternCounts counts, double[][] u0, double lambda0, boolean fixU, double unseenNonMatches) {
        return fit(c, counts, u0, lambda0, fixU, unseenNonMatches, null);
    }

    /**
     * As {@link #fit(Comparisons, PatternCounts, double[][], double, boolean, double)}, starting from
     * {@code m0} (a previous fit's m: a refit with u a little changed then takes a few iterations) unless null.
     */
    public Fit fit(
            Comparisons c,
            PatternCounts counts,
            double[][] u0,
            double lambda0,
            boolean fixU,
            double unseenNonMatches,
            double[][] m0) {
        int nf = c.size();
        double[][] m = new double[nf][];
        double[][] u = new double[nf][];
        for (int f = 0; f < nf; f++) {
            int levels = c.field(f).levels();
            m[f] = new double[levels];
            u[f] = u0[f].clone();
            for (int l = 0; l < levels; l++) {
                m[f][l] = m0 != null ? m0[f][l] : initialM(levels, l);
            }
        }
        PatternCounts.Sorted patterns = counts.sorted();
        int np = patterns.codes().length;
        int[][] vec = new int[np][nf];
        double[] n = new double[np];
        for (int p = 0; p < np; p++) {
            c.decode(patterns.codes()[p], vec[p]);
            n[p] = patterns.counts()[p];
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
            double[][] logM = logs(m);
            double[][] logU = logs(u);
            double lm0 = Math.log(lambda);
            double lu0 = Math.log(1 - lambda);
            for (int q = 0; q < np; q++) {
                double lm = lm0;
                double lu = lu0;
                for (int f = 0; f < nf; f++) {
                    int l = vec[q][f];
                    if (l >= 0) {
                        lm += logM[f][l];
                        lu += logU[f][l];
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
                monotone(m[f], u[f]);
            }
            if (delta < tolerance) {
                it++;
                break;
            }
        }
        return new Fit(lambda, m, u, it);
    }

    /**
     * A fit with two latent classes besides u: {@code match}, the class that departs most from u (by the
     * Kullback-Leibler divergence of its m from u, summed over fields), and {@code related}, the other.
     */
    public record Fit3(Fit match, Fit related) {}

    /**
     * Fits three latent classes with u fixed (Winkler's model for households): matches, related
     * non-matches (pairs that agree on some fields only, such as people of one household or places in one
     * building), and the rest, described by u. {@code unseenNonMatches} counts as in {@link #fit}.
     */
    public Fit3 fit3(Comparisons c, PatternCounts counts, double[][] u0, double lambda0, double unseenNonMatches) {
        int nf = c.size();
        // Field f's level l is slot at[f] + l of the flat per-class arrays below.
        int[] at = new int[nf + 1];
        for (int f = 0; f < nf; f++) {
            at[f + 1] = at[f] + c.field(f).levels();
        }
        double[][] m = new double[2][at[nf]];
        double[] logU = new double[at[nf]];
        for (int f = 0; f < nf; f++) {
            int levels = c.field(f).levels();
            for (int l = 0; l < levels; l++) {
                double match = initialM(levels, l);
                m[0][at[f] + l] = match;
                m[1][at[f] + l] = 0.5 * match + 0.5 * u0[f][l];
                logU[at[f] + l] = Math.log(u0[f][l]);
            }
        }
        PatternCounts.Sorted patterns = counts.sorted();
        int np = patterns.codes().length;
        int[] slots = new int[np * nf];
        double[] n = new double[np];
        int[] levels = new int[nf];
        for (int p = 0; p < np; p++) {
            c.decode(patterns.codes()[p], levels);
            for (int f = 0; f < nf; f++) {
                slots[p * nf + f] = levels[f] >= 0 ? at[f] + levels[f] : -1;
            }
            n[p] = patterns.counts()[p];
        }
        double[] lambda = {lambda0, lambda0};
        double[][] logM = new double[2][at[nf]];
        double[][] acc = new double[2][at[nf]];
        int it = 0;
        for (; it < maxIterations; it++) {
            for (int k = 0; k < 2; k++) {
                for (int s = 0; s < at[nf]; s++) {
                    logM[k][s] = Math.log(m[k][s]);
                }
                Arrays.fill(acc[k], 0);
            }
            double[] sums = new double[2];
            double all = 0;
            double prior0 = Math.log(lambda[0]);
            double prior1 = Math.log(lambda[1]);
            double priorU = Math.log(1 - lambda[0] - lambda[1]);
            for (int q = 0; q < np; q++) {
                double l0 = prior0;
                double l1 = prior1;
                double lu = priorU;
                for (int f = q * nf; f < q * nf + nf; f++) {
                    int s = slots[f];
                    if (s >= 0) {
                        l0 += logM[0][s];
                        l1 += logM[1][s];
                        lu += logU[s];
                    }
                }
                double top = Math.max(lu, Math.max(l0, l1));
                double e0 = Math.exp(l0 - top);
                double e1 = Math.exp(l1 - top);
                double total = e0 + e1 + Math.exp(lu - top);
                double g0 = n[q] * e0 / total;
                double g1 = n[q] * e1 / total;
                all += n[q];
                sums[0] += g0;
                sums[1] += g1;
                for (int f = q * nf; f < q * nf + nf; f++) {
                    int s = slots[f];
                    if (s >= 0) {
                        acc[0][s] += g0;
                        acc[1][s] += g1;
                    }
                }
            }
            double denominator = all + unseenNonMatches;
            double delta = 0;
            for (int k = 0; k < 2; k++) {
                double nl = Math.max(1e-15, Math.min(0.5 - FLOOR, sums[k] / denominator));
                delta = Math.max(delta, Math.abs(Math.log(nl / lambda[k])));
                lambda[k] = nl;
                for (int f = 0; f < nf; f++) {
                    delta = Math.max(delta, normalise(acc[k], m[k], at[f], at[f + 1]));
                }
            }
            if (delta < tolerance) {
                it++;
                break;
            }
        }
        Fit[] fits = new Fit[2];
        double[] kl = new double[2];
        for (int k = 0; k < 2; k++) {
            double[][] mk = new double[nf][];
            for (int f = 0; f < nf; f++) {
                mk[f] = Arrays.copyOfRange(m[k], at[f], at[f + 1]);
                for (int l = 0; l < mk[f].length; l++) {
                    kl[k] += mk[f][l] * Math.log(mk[f][l] / u0[f][l]);
                }
            }
            fits[k] = new Fit(lambda[k], mk, u0, it);
        }
        int best = kl[0] >= kl[1] ? 0 : 1;
        // the match class weighs agreement more the closer it is; the related class need not (people of one
        // household mostly differ in given name)
        for (int f = 0; f < nf; f++) {
            monotone(fits[best].m()[f], u0[f]);
        }
        return new Fit3(fits[best], fits[1 - best]);
    }

    /** Posterior non-match mass of the counted pairs per field and level under a two-class fit. */
    public static double[][] nonMatches(Comparisons c, PatternCounts counts, Fit fit) {
        int nf = c.size();
        double[][] out = new double[nf][];
        for (int f = 0; f < nf; f++) {
            out[f] = new double[c.field(f).levels()];
        }
        double[][] logM = logs(fit.m());
        double[][] logU = logs(fit.u());
        double lm0 = Math.log(fit.lambda());
        double lu0 = Math.log(1 - fit.lambda());
        PatternCounts.Sorted patterns = counts.sorted();
        int[] v = new int[nf];
        for (int p = 0; p < patterns.codes().length; p++) {
            c.decode(patterns.codes()[p], v);
            double lm = lm0;
            double lu = lu0;
            for (int f = 0; f < nf; f++) {
                if (v[f] >= 0) {
                    lm += logM[f][v[f]];
                    lu += logU[f][v[f]];
                }
            }
            double nonMatch = patterns.counts()[p] * (1 - 1.0 / (1.0 + Math.exp(lu - lm)));
            for (int f = 0; f < nf; f++) {
                if (v[f] >= 0) {
                    out[f][v[f]] += nonMatch;
                }
            }
        }
        return out;
    }

    /**
     * Makes a field's likelihood ratios {@code m / u} non-decreasing from level 0 (different) to the top level
     * (exact) by pooling adjacent violators: where a lower level's ratio exceeds a higher one's, the levels
     * are merged and each gets the ratio of their sums, {@code m_l = u_l · Σm / Σu}, so m still sums to one.
     * A closer agreement then never weighs less than a looser one (an "approximately equal" that outweighed
     * "exactly equal" had fitted a quirk of the sample), and levels that are already in order, the strong
     * cost of disagreement among them, keep what EM fitted.
     *
     * @return whether anything was pooled
     */
    public static boolean monotone(double[] m, double[] u) {
        int n = m.length;
        double[] sm = new double[n];
        double[] su = new double[n];
        int[] start = new int[n];
        int blocks = 0;
        boolean pooled = false;
        for (int l = 0; l < n; l++) {
            sm[blocks] = m[l];
            su[blocks] = u[l];
            start[blocks] = l;
            blocks++;
            while (blocks > 1 && sm[blocks - 2] * su[blocks - 1] > sm[blocks - 1] * su[blocks - 2] * (1 + 1e-12)) {
                sm[blocks - 2] += sm[blocks - 1];
                su[blocks - 2] += su[blocks - 1];
                blocks--;
                pooled = true;
            }
        }
        if (pooled) {
            for (int b = 0; b < blocks; b++) {
                int end = b + 1 < blocks ? start[b + 1] : n;
                for (int l = start[b]; l < end; l++) {
                    m[l] = u[l] * sm[b] / su[b];
                }
            }
        }
        return pooled;
    }

    /** Starting m: 0.9 for exact agreement, 0.1 shared by the lower levels, doubling from level to level. */
    private static double initialM(int levels, int l) {
        if (l == levels - 1) {
            return 0.9;
        }
        return 0.1 * (1 << l) / ((1 << (levels - 1)) - 1);
    }

    /** Natural logarithms of probabilities per field and level, taken once per iteration. */
    private static double[][] logs(double[][] p) {
        double[][] out = new double[p.length][];
        for (int f = 0; f < p.length; f++) {
            out[f] = new double[p[f].length];
            for (int l = 0; l < p[f].length; l++) {
                out[f][l] = Math.log(p[f][l]);
            }
        }
        return out;
    }

    /** {@link #normalise(double[], double[])} of the slots {@code from} to {@code to} (exclusive). */
    private static double normalise(double[] acc, double[] target, int from, int to) {
        double s = 0;
        for (int l = from; l < to; l++) {
            s += acc[l];
        }
        double delta = 0;
        for (int l = from; l < to; l++) {
            double v = s > 0 ? clamp(acc[l] / s) : target[l];
            delta = Math.max(delta, Math.abs(v - target[l]));
            target[l] = v;
        }
        return delta;
    }

    /** Sets {@code target} to {@code acc} scaled to sum 1 (clamped); returns the largest change. */
    private static double normalise(double[] acc, double[] target) {
        return normalise(acc, target, 0, acc.length);
    }

    private static double clamp(double x) {
        return Math.max(FLOOR, Math.min(1 - FLOOR, x));
    }
}
