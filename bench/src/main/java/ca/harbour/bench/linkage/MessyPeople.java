package ca.harbour.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A person file as published benchmarks and exported registers come (issue #20): the records of
 * {@link SyntheticPeople} written in ISO-8859-1 with, besides their columns, a redundant {@code full_name}
 * ("Given Family", or "Family, Given" for a third) and a {@code birth_year}, and with the defaults forms put
 * where a value is unknown:
 * <ul>
 *   <li>dates of birth: 1900-01-01 for 3% of records, and the year with 1 January for 15% (only the year
 *       was known); the birth year then one off in a tenth of duplicates;</li>
 *   <li>phones 999-999-9999 (3%), e-mails "unknown" (3%), addresses "n/a" (3%), postcodes "0" (2%);</li>
 *   <li>a fifth of people have an accented given name (Günther, Hélène, ...), written in a record with its
 *       accents in Latin-1, as an HTML character reference ({@code G&#252;nther}, {@code H&eacute;l&egrave;ne}),
 *       or without accents.</li>
 * </ul>
 * Seeded; the truth is the {@code entity} column. Usage: {@code MessyPeople <records> <out.csv> [seed]}.
 */
public final class MessyPeople {
    private static final String[] ACCENTED = {
        "Günther", "Hélène", "François", "Zoë", "Renée", "José", "Jérôme", "Françoise", "Mélanie", "Noël",
        "Björn", "Søren", "Agnès", "Cécile", "Jürgen", "Loïc", "Gaëlle", "Thérèse", "Raphaël", "Anaïs"
    };

    private MessyPeople() {}

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        write(SyntheticPeople.rows(n, seed), Path.of(args[1]), seed);
    }

    static void write(List<String[]> rows, Path out, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.ISO_8859_1)) {
            w.write("id,entity,given_name,family_name,full_name,dob,birth_year,phone,email,address,city,postcode\n");
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i).clone();
                // the entity's own draw: one person keeps one accented name across their records
                SplittableRandom person = new SplittableRandom(r[0].hashCode() * 1_000_003L + seed);
                if (person.nextDouble() < 0.2 && !r[1].isEmpty()) {
                    r[1] = written(ACCENTED[person.nextInt(ACCENTED.length)], rnd);
                }
                String year = r[3].length() >= 4 ? r[3].replaceAll(".*([12][0-9]{3}).*", "$1") : "";
                String fullName = r[1].isEmpty() || r[2].isEmpty()
                        ? r[1] + r[2]
                        : rnd.nextDouble() < 1 / 3.0 ? r[2] + ", " + r[1] : r[1] + " " + r[2];
                double x = rnd.nextDouble();
                if (x < 0.03) {
                    r[3] = "1900-01-01";
                } else if (x < 0.18 && year.length() == 4) {
                    r[3] = year + "-01-01";
                }
                if (year.length() == 4 && rnd.nextDouble() < 0.05) {
                    year = Integer.toString(Integer.parseInt(year) + (rnd.nextBoolean() ? 1 : -1));
                }
                r[4] = rnd.nextDouble() < 0.03 ? "999-999-9999" : r[4];
                r[5] = rnd.nextDouble() < 0.03 ? "unknown" : r[5];
                r[6] = rnd.nextDouble() < 0.03 ? "n/a" : r[6];
                r[8] = rnd.nextDouble() < 0.02 ? "0" : r[8];
                String[] outRow = {"r" + i, r[0], r[1], r[2], fullName, r[3], year, r[4], r[5], r[6], r[7], r[8]};
                StringBuilder b = new StringBuilder();
                for (String v : outRow) {
                    b.append(b.length() == 0 ? "" : ",").append(v.contains(",") ? '"' + v + '"' : v);
                }
                w.write(b.append('\n').toString());
            }
        }
    }

    /** An accented name as one record writes it: in Latin-1, as HTML references, or without accents. */
    private static String written(String name, SplittableRandom rnd) {
        double x = rnd.nextDouble();
        if (x < 0.4) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        boolean named = x < 0.55;
        for (char c : name.toCharArray()) {
            if (c < 128) {
                b.append(c);
            } else if (x < 0.7) {
                b.append(named ? named(c) : "&#" + (int) c + ";");
            } else {
                b.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replace("ø", "o"));
            }
        }
        return b.toString();
    }

    /** A character's HTML name where it has a common one, else its number. */
    private static String named(char c) {
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char letter = base.charAt(0);
        String mark = base.length() < 2
                ? null
                : switch (base.charAt(1)) {
                    case '\u0301' -> "acute";
                    case '\u0300' -> "grave";
                    case '\u0302' -> "circ";
                    case '\u0308' -> "uml";
                    case '\u0327' -> "cedil";
                    default -> null;
                };
        return mark == null ? "&#" + (int) c + ";" : "&" + letter + mark + ";";
    }
}
