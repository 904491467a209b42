package ca.harbour.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Seeded generator of two bibliographic catalogues to link, each record matching at most one on the other
 * side: {@code tableA.csv} and {@code tableB.csv} ({@code id,title,authors,venue,year}, each numbered from 0)
 * and {@code labels.csv} ({@code ltable_id,rtable_id,label}). What makes it hard, each on purpose:
 * <ul>
 *   <li>recurring column titles ("Editorial", "Book review", "Letters") written every year in one journal by
 *       its editor: the same title, author and venue, a different year, a different work;
 *   <li>a conference paper and its journal version: the same authors, a partly shared title, a later year
 *       and another venue; a different work, and often only one of the two is in each catalogue;
 *   <li>book reviews retitled ("Review of: T" in one catalogue, "T (book review)" in the other);
 *   <li>author lists with full names in A ("John Smith, Anne Jones") and initials in B ("Smith J; Jones A",
 *       "J. Smith and A. Jones");
 *   <li>venues spelt out in A and abbreviated in B, titles with typos, a few years missing.
 * </ul>
 * Usage: {@code SyntheticBiblio <works> <out dir> [seed]}.
 */
public final class SyntheticBiblio {
    private static final String[] GIVEN = ("john james jane joan anne andrew alice peter paul pauline maria mark "
                    + "martin michael michelle david daniel diane robert rachel susan sarah steven thomas tina "
                    + "laura luc louis marie helen henry karen kevin wei li yan hiroshi kenji carlos carla "
                    + "elena emma eric george grace")
            .split(" ");
    private static final String[] WORDS = ("data query database efficient scalable learning model models graph "
                    + "graphs index indexing search retrieval distributed parallel stream streams mining "
                    + "approach framework analysis system systems optimization adaptive approximate probabilistic "
                    + "join joins transaction transactions storage memory cache web semantic entity resolution "
                    + "record linkage matching clustering classification ranking network networks privacy secure "
                    + "temporal spatial similarity estimation sampling sketch sketches time series views view "
                    + "integration schema cleaning quality uncertain incremental evaluation benchmark workload "
                    + "compression columnar vector processing engine engines language languages")
            .split(" ");
    private static final String[] SMALL = {"for", "of", "in", "with", "on", "the", "a", "and", "using", "towards"};
    private static final String[] COLUMNS = {
        "Editorial", "Book review", "Letters", "Editor's note", "Letters to the editor", "Erratum"
    };
    private static final String[] TOPICS = {
        "Data Engineering",
        "Very Large Data Bases",
        "Management of Data",
        "Knowledge Discovery and Data Mining",
        "Information Retrieval",
        "Machine Learning",
        "Database Theory",
        "Extending Database Technology",
        "Information and Knowledge Management",
        "Web Search and Data Mining",
        "Digital Libraries",
        "Artificial Intelligence"
    };
    private final SplittableRandom rnd;
    private final List<String[]> people = new ArrayList<>();
    private final String[][] venues;

    private SyntheticBiblio(long seed) {
        rnd = new SplittableRandom(seed);
        // conference venues first, then journals; each with its full name and an abbreviation
        venues = new String[TOPICS.length * 2][];
        for (int t = 0; t < TOPICS.length; t++) {
            String topic = TOPICS[t];
            StringBuilder acronym = new StringBuilder();
            StringBuilder abbr = new StringBuilder();
            for (String w : topic.split(" ")) {
                if (Character.isUpperCase(w.charAt(0))) {
                    acronym.append(w.charAt(0));
                    abbr.append(' ').append(w.length() > 5 ? w.substring(0, 4) + "." : w);
                }
            }
            venues[t] = new String[] {"Proceedings of the International Conference on " + topic, acronym + " Conf."};
            venues[TOPICS.length + t] =
                    new String[] {(t % 2 == 0 ? "ACM" : "IEEE") + " Transactions on " + topic, "Trans." + abbr};
        }
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new SyntheticBiblio(seed).write(n, Path.of(args[1]));
    }

    /** A work as catalogued: title, author indexes, venue index, year (0: unknown), and how to retitle it. */
    private record Work(String title, int[] authors, int venue, int year, boolean review) {}

    private void write(int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        int familyCount = Math.max(50, n / 3);
        for (int i = 0; i < familyCount * 2; i++) {
            people.add(new String[] {GIVEN[rnd.nextInt(GIVEN.length)], family()});
        }
        List<Work> works = new ArrayList<>();
        int journals = TOPICS.length;
        while (works.size() < n) {
            double p = rnd.nextDouble();
            if (p < 0.06) {
                // a column that recurs year after year in one journal, by one editor
                int j = rnd.nextInt(journals);
                int[] editor = authors(1);
                String column = COLUMNS[rnd.nextInt(COLUMNS.length)];
                int start = 1995 + rnd.nextInt(8);
                for (int y = start, k = 2 + rnd.nextInt(4); y < start + k; y++) {
                    works.add(new Work(column, editor, TOPICS.length + j, y, false));
                }
            } else if (p < 0.35) {
                // a conference paper and its journal version
                Work conf = paper(rnd.nextInt(TOPICS.length));
                works.add(conf);
                works.add(new Work(
                        extended(conf.title()),
                        conf.authors(),
                        TOPICS.length + rnd.nextInt(journals),
                        conf.year() + 1 + rnd.nextInt(2),
                        false));
            } else if (p < 0.45) {
                String book = capitalised(words(3 + rnd.nextInt(3)));
                works.add(new Work(
                        book, authors(1), TOPICS.length + rnd.nextInt(journals), 1995 + rnd.nextInt(15), true));
            } else {
                works.add(paper(rnd.nextInt(venues.length)));
            }
        }
        List<String[]> a = new ArrayList<>();
        List<String[]> b = new ArrayList<>();
        List<int[]> matches = new ArrayList<>();
        for (Work w : works) {
            double p = rnd.nextDouble();
            boolean inA = p < 0.85;
            boolean inB = p >= 0.15;
            if (inA) {
                a.add(catalogueA(w));
            }
            if (inB) {
                b.add(catalogueB(w));
            }
            if (inA && inB) {
                matches.add(new int[] {a.size() - 1, b.size() - 1});
            }
        }
        int[] orderA = shuffled(a.size());
        int[] orderB = shuffled(b.size());
        writeTable(dir.resolve("tableA.csv"), a, orderA);
        writeTable(dir.resolve("tableB.csv"), b, orderB);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            w.write("ltable_id,rtable_id,label\n");
            for (int[] m : matches) {
                w.write(orderA[m[0]] + "," + orderB[m[1]] + ",1\n");
            }
        }
    }

    private Work paper(int venue) {
        return new Work(
                capitalised(words(4 + rnd.nextInt(6))),
                authors(1 + rnd.nextInt(4)),
                venue,
                1990 + rnd.nextInt(20),
                false);
    }

    /** A journal version's title: the conference title with a word or two changed, or a subtitle added. */
    private String extended(String title) {
        List<String> w = new ArrayList<>(List.of(title.split(" ")));
        switch (rnd.nextInt(3)) {
            case 0 -> w.set(rnd.nextInt(w.size()), WORDS[rnd.nextInt(WORDS.length)]);
            case 1 -> {
                w.remove(rnd.nextInt(w.size()));
                w.add(rnd.nextInt(w.size() + 1), WORDS[rnd.nextInt(WORDS.length)]);
                w.add(WORDS[rnd.nextInt(WORDS.length)]);
            }
            default -> w.add(": an extended " + (rnd.nextBoolean() ? "study" : "version"));
        }
        return String.join(" ", w).replace(" :", ":");
    }

    private int[] authors(int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = rnd.nextInt(people.size());
        }
        return out;
    }

    private String words(int k) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(
                    i > 0 && i < k - 1 && rnd.nextDouble() < 0.25
                            ? SMALL[rnd.nextInt(SMALL.length)]
                            : rnd.nextDouble() < 0.3
                                    ? family().toLowerCase(Locale.ROOT)
                                    : WORDS[rnd.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** A made-up family name of two or three syllables. */
    private String family() {
        String[] syllables = {
            "ber", "son", "mar", "tin", "lee", "wan", "gar", "cia", "ko", "va", "lo", "ri", "chen", "dor", "man", "sa",
            "ta", "ki", "no", "el", "ham", "ford", "ley", "ro", "ne", "di", "ste", "vens", "mo", "rel"
        };
        StringBuilder s = new StringBuilder();
        for (int i = 0, k = 2 + rnd.nextInt(2); i < k; i++) {
            s.append(syllables[rnd.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Catalogue A: full names, full venue names, titles as published. */
    private String[] catalogueA(Work w) {
        List<String> names = new ArrayList<>();
        for (int p : w.authors()) {
            names.add(cap(people.get(p)[0]) + " " + people.get(p)[1]);
        }
        String authors = names.size() > 1 && rnd.nextBoolean()
                ? String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                : String.join(", ", names);
        String title = w.review() ? "Review of: " + w.title() : w.title();
        return new String[] {title, authors, venues[w.venue()][0], Integer.toString(w.year())};
    }

    /** Catalogue B: initials, abbreviated venues, typos, retitled reviews, a few years missing. */
    private String[] catalogueB(Work w) {
        List<String> names = new ArrayList<>();
        boolean familyFirst = rnd.nextBoolean();
        for (int p : w.authors()) {
            String initial = people.get(p)[0].substring(0, 1).toUpperCase(Locale.ROOT);
            names.add(familyFirst ? people.get(p)[1] + " " + initial : initial + ". " + people.get(p)[1]);
        }
        String authors = String.join(familyFirst ? "; " : ", ", names);
        String title = w.review() ? w.title() + " (book review)" : w.title();
        if (rnd.nextDouble() < 0.15) {
            title = typo(title);
        }
        if (rnd.nextDouble() < 0.2) {
            title = title.toLowerCase(Locale.ROOT);
        }
        String venue = venues[w.venue()][rnd.nextDouble() < 0.7 ? 1 : 0];
        String year = rnd.nextDouble() < 0.05 ? "" : Integer.toString(w.year());
        return new String[] {title, authors, venue, year};
    }

    private String typo(String s) {
        int i = 1 + rnd.nextInt(Math.max(1, s.length() - 2));
        return Character.isLetter(s.charAt(i)) && Character.isLetter(s.charAt(i - 1))
                ? s.substring(0, i - 1) + s.charAt(i) + s.charAt(i - 1) + s.substring(i + 1)
                : s;
    }

    private int[] shuffled(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(rnd.nextLong()));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[order.get(i)] = i;
        }
        return out;
    }

    private static void writeTable(Path file, List<String[]> rows, int[] order) throws IOException {
        String[][] placed = new String[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            placed[order[i]] = rows.get(i);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,title,authors,venue,year\n");
            for (int i = 0; i < placed.length; i++) {
                w.write(Integer.toString(i));
                for (String v : placed[i]) {
                    w.write(',');
                    w.write(csv(v));
                }
                w.write('\n');
            }
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cap(String s) {
        return capitalised(s);
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
