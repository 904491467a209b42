package ca.harbour.directory.internal;

import ca.harbour.identity.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * In-process search latency: generates N services with the demo generator (seeded), indexes them
 * in Harbour's SearchIndex and times a seeded mix of queries (text in English and French with
 * typos, a place, filters), reporting p50/p95/p99 in milliseconds. Single-threaded, bounded.
 * Usage: DirectorySearchBenchmark <services> <queries> <path to V3_1__directory_taxonomy.sql>
 */
public final class DirectorySearchBenchmark {

    private static final String[] WORDS = {
        "shelter",
        "sheltr",
        "housing",
        "hebergement",
        "legal aid",
        "lawyer",
        "counselling",
        "counseling",
        "therapie",
        "mental health",
        "addictions",
        "drogue",
        "immigration",
        "refugee",
        "emploi",
        "job training",
        "interpreter",
        "youth",
        "jeunes",
        "indigenous",
        "autochtone",
        "2slgbtqia",
        "medical clinic",
        "santé sexuelle",
        "income support",
        "victim services",
        "refuge",
        ""
    };

    public static void main(String[] args) throws Exception {
        int services = Integer.parseInt(args[0]);
        int queries = Integer.parseInt(args[1]);
        List<Term> terms = terms(Path.of(args[2]));
        Places places = new Places();
        DirectoryGenerator generator = new DirectoryGenerator(null, places);
        Random random = new Random(20261129);
        List<DirectoryService> all = new ArrayList<>();
        while (all.size() < services) {
            all.addAll(generator.organization(random, null, terms).services());
        }
        all = all.subList(0, services);
        SearchIndex index = new SearchIndex();
        long t0 = System.nanoTime();
        index.rebuild(all);
        System.out.printf("indexed %,d services in %.1f s%n", index.size(), (System.nanoTime() - t0) / 1e9);
        List<SearchQuery> mix = mix(new Random(7), places, terms, queries + queries / 5);
        for (int i = 0; i < queries / 5; i++) {
            index.search(mix.get(i), false);
        }
        report("search (10 hits)", index, mix.subList(queries / 5, mix.size()), false);
        report("search + why matched (web page)", index, mix.subList(queries / 5, mix.size()), true);
    }

    private static void report(String label, SearchIndex index, List<SearchQuery> mix, boolean explain) {
        long[] nanos = new long[mix.size()];
        long hits = 0;
        for (int i = 0; i < mix.size(); i++) {
            long start = System.nanoTime();
            hits += index.search(mix.get(i), explain).total();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%-34s n=%,d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  (mean hits %,d)%n",
                label,
                nanos.length,
                pct(nanos, 50),
                pct(nanos, 95),
                pct(nanos, 99),
                nanos[nanos.length - 1] / 1e6,
                hits / nanos.length);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static List<SearchQuery> mix(Random r, Places places, List<Term> terms, int n) {
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = WORDS[r.nextInt(WORDS.length)];
            Place near = r.nextInt(4) == 0
                    ? null
                    : places.all().get(r.nextInt(places.all().size()));
            String need = r.nextInt(5) == 0 ? terms.get(r.nextInt(terms.size())).code() : null;
            String lang = r.nextInt(6) == 0 ? (r.nextBoolean() ? "fr" : "es") : null;
            Integer age = r.nextInt(5) == 0 ? 12 + r.nextInt(50) : null;
            Region region = r.nextInt(8) == 0 ? Region.values()[r.nextInt(6)] : null;
            out.add(new SearchQuery(
                    text,
                    near,
                    r.nextInt(10) == 0 ? 100d : null,
                    need,
                    lang,
                    age,
                    r.nextInt(8) == 0 ? "women" : null,
                    r.nextInt(10) == 0,
                    r.nextInt(15) == 0,
                    r.nextInt(6) == 0,
                    region,
                    true,
                    0,
                    10));
        }
        return out;
    }

    /** Harbour's taxonomy as the migration seeds it. */
    static List<Term> terms(Path migration) throws Exception {
        List<Term> out = new ArrayList<>();
        for (String line : Files.readAllLines(migration)) {
            String l = line.strip();
            if (!l.startsWith("('7a4e0000-0000-4000-8001-")) {
                continue;
            }
            String body = l.substring(2, l.lastIndexOf("')")).replace("''", "\u0000");
            String[] f = body.split("', '");
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].replace('\u0000', '\'');
            }
            out.add(new Term(UUID.fromString(f[0]), UUID.fromString(f[1]), f[2], f[3], f[4], f[5]));
        }
        return out;
    }
}
