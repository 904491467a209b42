package ca.harbour.linkage.engine;

import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.PreparedRecord;
import ca.harbour.linkage.score.Comparisons;
import ca.harbour.linkage.score.EmEstimator;
import ca.harbour.linkage.score.FellegiSunter;
import ca.harbour.linkage.score.PatternCounts;
import ca.harbour.linkage.score.TermFrequencies;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fits a Fellegi-Sunter model without labels: u describes the non-matching pairs (exact agreement from
 * value frequencies less the matches' share, other levels from seeded random pairs, those that random pairs
 * hardly reach from the compared pairs) and stays fixed while EM fits m and λ on the candidate pairs,
 * counting the pairs blocking kept apart as non-matches, so λ is the match share among all pairs.
 * A three-class fit runs beside the usual two-class one, and replaces it when its extra class is related
 * non-matches (see {@link #relatedNonMatches}), which the two-class fit would take for matches.
 */
final class ModelTrainer {
    private static final int RANDOM_PAIRS = 50_000;
    /** A partial level seen fewer times than this among the random pairs has its u from the compared pairs. */
    static final int RARE_LEVEL = 10;

    private ModelTrainer() {}

    /**
     * @param sampledPairs all pairs the training queries could have been paired with (compared or not)
     */
    static FellegiSunter train(
            Workers w,
            DatasetDescription d,
            Comparisons c,
            List<PreparedRecord> records,
            int firstSize,
            boolean linking,
            PatternCounts candidates,
            double sampledPairs,
            TermFrequencies tf) {
        RandomPairs random = randomPairs(w, d.seed(), c, records, firstSize, linking);
        double[][] chance = exactAgreement(c, records, firstSize, linking);
        double compared = candidates.total();
        double unseen = Math.max(0, sampledPairs - compared);
        double lambda0 = Math.max(1e-12, 0.1 * compared / Math.max(1, sampledPairs));
        EmEstimator.Fit3 three =
                new EmEstimator(60, 1e-4).fit3(c, candidates, withExact(random.u(), chance, null), lambda0, unseen);
        // the classes are chosen once; the later fits, with u refined, fit the kind chosen
        boolean related = relatedNonMatches(d, three);
        EmEstimator.Fit fit = related
                ? three.match()
                : new EmEstimator(300, 1e-6)
                        .fit(c, candidates, withExact(random.u(), chance, null), lambda0, true, unseen);
        if (System.getProperty("harbour.linkage.debug") != null) {
            System.err.println("EM: " + (related ? "three" : "two") + " classes kept");
        }
        // Two records of one entity mostly share their values, so the value frequencies count the matches
        // among random pairs as chance agreement; on a file with many duplicates that is much of it. What
        // the first fit says the matches explain is taken out, and the model fitted again.
        fit = refit(related, c, candidates, withExact(random.u(), chance, fit), lambda0, fit, unseen);
        // A partial level that random pairs hardly ever reach (two texts sharing their rare words) has a u
        // of "fewer than one in the sample", and so a weight no higher than the sample's size allows, where
        // the compared pairs, among which nearly every pair at such a level is, show how rare it really is.
        double[][] u = withRareLevels(fit.u(), random, EmEstimator.nonMatches(c, candidates, fit), sampledPairs);
        if (u != fit.u()) {
            fit = refit(related, c, candidates, u, lambda0, fit, unseen);
        }
        double[] hints = d.fields().stream().mapToDouble(f -> f.weight()).toArray();
        return new FellegiSunter(c, fit.lambda(), fit.m(), fit.u(), hints, tf);
    }

    /**
     * The match class of a three-class fit ({@code related}, from the usual start), or a two-class fit starting
     * from the previous fit's λ and m, with {@code u} fixed: u changes a little, and EM takes a few steps.
     */
    private static EmEstimator.Fit refit(
            boolean related,
            Comparisons c,
            PatternCounts candidates,
            double[][] u,
            double lambda0,
            EmEstimator.Fit previous,
            double unseen) {
        return related
                ? new EmEstimator(60, 1e-4)
                        .fit3(c, candidates, u, lambda0, unseen)
                        .match()
                : new EmEstimator(300, 1e-6).fit(c, candidates, u, previous.lambda(), true, unseen, previous.m());
    }

    /**
     * Whether the second class of a three-class fit is related non-matches rather than more matches: it
     * mostly disagrees (level 0 at least half the time) on a field that identifies (a name, a date, an
     * identifier, free text, or a number or category such as a year), where the match class mostly does not:
     * a conference paper and its journal version share their authors and much of their title, and differ in
     * year. Places in one building share the
     * address and differ in name; people of one household share the address and family name and differ
     * in given name and birth date. But people move, so a class of pairs that differ only in address,
     * city, postcode, phone or e-mail is taken for matches, and the two-class fit is kept.
     */
    static boolean relatedNonMatches(DatasetDescription d, EmEstimator.Fit3 three) {
        for (int f = 0; f < d.fields().size(); f++) {
            switch (d.fields().get(f).kind()) {
                case GIVEN_NAME:
                case FAMILY_NAME:
                case FULL_NAME:
                case DATE:
                case IDENTIFIER:
                case TEXT:
                case NUMERIC:
                case CATEGORICAL:
                    if (three.related().m()[f][0] >= 0.5 && three.match().m()[f][0] < 0.5) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Per field, the chance that two random records share a value, {@code Σ p(v)²} (or {@code Σ p1(v) p2(v)}
     * in linking), estimated without bias on up to 200,000 records, and the number of pairs it was
     * estimated on; null for a field with fewer than two values. Far more precise than random pairs for
     * rare values such as identifiers.
     */
    static double[][] exactAgreement(Comparisons c, List<PreparedRecord> records, int firstSize, boolean linking) {
        int n = records.size();
        int stride = Math.max(1, n / 200_000);
        double[][] chance = new double[c.size()][];
        for (int f = 0; f < c.size(); f++) {
            Map<String, long[]> counts = new HashMap<>();
            long[] total = new long[2];
            for (int i = 0; i < n; i += stride) {
                String v = records.get(i).values()[f];
                int side = linking && i >= firstSize ? 1 : 0;
                if (v != null) {
                    counts.computeIfAbsent(v, k -> new long[2])[side]++;
                    total[side]++;
                }
            }
            double agree = 0;
            for (long[] k : counts.values()) {
                agree += linking ? (double) k[0] * k[1] : (double) k[0] * (k[0] - 1);
            }
            double pairs = linking ? (double) total[0] * total[1] : (double) total[0] * (total[0] - 1);
            if (pairs > 0) {
                chance[f] = new double[] {agree / pairs, pairs};
            }
        }
        return chance;
    }

    /** A field's exact-agreement u is lowered by the matches' share of chance agreement at most this factor. */
    static final double MAX_MATCH_CORRECTION = 16;

    /**
     * u with each field's exact agreement taken from {@code chance} ({@link #exactAgreement}) and the other
     * levels, from random pairs, rescaled to fill the rest. With a {@code fit}, the matches are taken out:
     * a random pair agrees with probability {@code λ m + (1 - λ) u}, so {@code u = (chance - λ m) / (1 - λ)}.
     * Where the matches explain nearly all agreement (identifiers, e-mails) that difference is noise, and
     * a field built from others (an e-mail from the names) agrees among non-matches more often than the
     * model's independence allows, so u falls by at most {@link #MAX_MATCH_CORRECTION} (4 bits of weight).
     * u never falls below one pair in all.
     */
    static double[][] withExact(double[][] random, double[][] chance, EmEstimator.Fit fit) {
        double[][] u = new double[random.length][];
        for (int f = 0; f < random.length; f++) {
            u[f] = random[f].clone();
            if (chance[f] == null) {
                continue;
            }
            int top = u[f].length - 1;
            double exact = chance[f][0];
            if (fit != null) {
                double lambda = fit.lambda();
                exact = Math.max((exact - lambda * fit.m()[f][top]) / (1 - lambda), exact / MAX_MATCH_CORRECTION);
            }
            exact = Math.max(exact, 1.0 / (chance[f][1] + 1));
            double rest = 0;
            for (int l = 0; l < top; l++) {
                rest += random[f][l];
            }
            for (int l = 0; l < top; l++) {
                u[f][l] = random[f][l] / rest * (1 - exact);
            }
            u[f][top] = exact;
        }
        return u;
    }

    /**
     * u per field and level measured on {@code max(10,000, n)} random pairs (at most 50,000), Laplace-smoothed.
     * Exact agreement is then replaced (see {@link #withExact}), so these pairs only split the rest among
     * the partial levels. (Four per record, as before, gave the same F1 on every benchmark set and the
     * synthetic 100k, and cost FEBRL4 a sixth of its CPU.) The pairs are drawn in one seeded
     * sequence and compared in parallel chunks; the counts are whole numbers, so their sum, and the model, do
     * not depend on the number of threads.
     */
    static RandomPairs randomPairs(
            Workers w, long seed, Comparisons c, List<PreparedRecord> records, int firstSize, boolean linking) {
        int n = records.size();
        int nf = c.size();
        long possible = linking ? (long) firstSize * (n - firstSize) : (long) n * (n - 1) / 2;
        int samples = (int) Math.min(Math.min(RANDOM_PAIRS, Math.max(10_000L, n)), possible);
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] left = new int[samples];
        int[] right = new int[samples];
        for (int s = 0; s < samples; s++) {
            if (linking) {
                left[s] = rnd.nextInt(firstSize);
                right[s] = firstSize + rnd.nextInt(n - firstSize);
            } else {
                left[s] = rnd.nextInt(n);
                int j = rnd.nextInt(n - 1);
                right[s] = j >= left[s] ? j + 1 : j;
            }
        }
        int chunk = Workers.chunkFor(samples, 2048);
        long[][][] parts = new long[(samples + chunk - 1) / chunk][][];
        w.forRange(samples, chunk, (lo, hi) -> {
            long[][] counts = new long[nf][];
            for (int f = 0; f < nf; f++) {
                counts[f] = new long[c.field(f).levels()];
            }
            int[] levels = new int[nf];
            for (int s = lo; s < hi; s++) {
                c.compare(records.get(left[s]), records.get(right[s]), levels);
                for (int f = 0; f < nf; f++) {
                    if (levels[f] >= 0) {
                        counts[f][levels[f]]++;
                    }
                }
            }
            parts[lo / chunk] = counts;
        });
        double[][] u = new double[nf][];
        long[][] counts = new long[nf][];
        for (int f = 0; f < nf; f++) {
            u[f] = new double[c.field(f).levels()];
            counts[f] = new long[u[f].length];
            Arrays.fill(u[f], 1.0);
            for (long[][] part : parts) {
                for (int l = 0; l < u[f].length; l++) {
                    u[f][l] += part[f][l];
                    counts[f][l] += part[f][l];
                }
            }
            double t = 0;
            for (double x : u[f]) {
                t += x;
            }
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] /= t;
            }
        }
        return new RandomPairs(u, counts, samples);
    }

    /** u per field and level from {@code samples} random pairs, and how many of them were at each level. */
    record RandomPairs(double[][] u, long[][] counts, int samples) {}

    /**
     * {@code u} with each partial level (neither "different" nor exact) that fewer than {@link #RARE_LEVEL}
     * random pairs reached lowered to the non-matches a fit counts at that level among the compared pairs,
     * out of all the pairs they stand for that have the field on both sides (never below one such pair); the
     * field's other partial levels and its "different" level take up what it gives. Only ever lowered: the
     * compared pairs hold nearly every pair at a level that rare, not all. {@code u} itself when no level
     * changes.
     *
     * @param sampledPairs all pairs the compared pairs stand for (see {@link #train})
     */
    static double[][] withRareLevels(double[][] u, RandomPairs random, double[][] nonMatches, double sampledPairs) {
        double[][] out = u;
        for (int f = 0; f < u.length; f++) {
            long[] counts = random.counts()[f];
            long present = 0;
            for (long k : counts) {
                present += k;
            }
            if (present == 0) {
                continue;
            }
            double pairs = sampledPairs * present / random.samples();
            int top = u[f].length - 1;
            double[] v = u[f].clone();
            boolean[] lowered = new boolean[v.length];
            double freed = 0;
            for (int l = 1; l < top; l++) {
                double seen = Math.max(nonMatches[f][l] / pairs, 1.0 / (pairs + 1));
                if (counts[l] < RARE_LEVEL && seen < v[l]) {
                    freed += v[l] - seen;
                    v[l] = seen;
                    lowered[l] = true;
                }
            }
            if (freed == 0) {
                continue;
            }
            double rest = 0;
            for (int l = 0; l < top; l++) {
                rest += lowered[l] ? 0 : v[l];
            }
            for (int l = 0; l < top; l++) {
                if (!lowered[l]) {
                    v[l] += freed * v[l] / rest;
                }
            }
            if (out == u) {
                out = u.clone();
            }
            out[f] = v;
        }
        return out;
    }
}
