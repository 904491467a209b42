package ca.harbour.bench.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generator of synthetic person records with ground truth ({@code entity} column) and realistic
 * errors in duplicates: typos, swapped given/family names, missing fields, nicknames, accents dropped,
 * reformatted or obfuscated phones, reformatted dates and date typos, e-mail variants.
 * Usage: {@code SyntheticPeople <records> <out.csv> [seed]}.
 */
public final class SyntheticPeople {
    private static final String[] GIVEN = ("james robert john michael william david richard joseph thomas charles "
                    + "christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george "
                    + "edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott "
                    + "brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose "
                    + "adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah "
                    + "gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie "
                    + "gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny "
                    + "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret "
                    + "sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca "
                    + "sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha "
                    + "katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie "
                    + "joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha "
                    + "jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia "
                    + "judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie "
                    + "isabelle chloe genevieve francois guillaume amelie helene jerome sebastien andre stephane celine "
                    + "mathieu benoit lucie elodie mael zoe leo hugo lea manon camille")
            .split(" ");
    private static final String[][] NICK = {
        {"robert", "bob"},
        {"william", "bill"},
        {"richard", "dick"},
        {"james", "jim"},
        {"michael", "mike"},
        {"elizabeth", "liz"},
        {"margaret", "peggy"},
        {"thomas", "tom"},
        {"joseph", "joe"},
        {"christopher", "chris"},
        {"daniel", "dan"},
        {"katherine", "kate"},
        {"jennifer", "jen"},
        {"anthony", "tony"},
        {"andrew", "andy"},
        {"edward", "ted"},
        {"patricia", "trish"},
        {"samuel", "sam"},
        {"nicholas", "nick"},
        {"rebecca", "becky"},
        {"susan", "sue"},
        {"deborah", "debbie"}
    };
    private static final String[] SYL = ("an ber ca del fen gar hol in jo kar lam mon nor ol per quin ros sen tal "
                    + "ul ven wes yor zan bri chel dra ely fos gra har ives jen kow lev mar nik oak pit ric sto tur vik "
                    + "wal bou che dup fau gau lef mor pel rou tes")
            .split(" ");
    private static final String[] STREETS = {
        "street", "avenue", "road", "drive", "crescent", "boulevard", "lane", "court"
    };
    private static final String[] DOMAINS = {
        "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "videotron.ca", "rogers.com", "icloud.com"
    };
    private final SplittableRandom rnd;

    private SyntheticPeople(long seed) {
        rnd = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new SyntheticPeople(seed).write(n, Path.of(args[1]));
    }

    /**
     * The records in file order, each as entity, given name, family name, date of birth, phone, e-mail,
     * address, city and postcode (for {@link MessyPeople}, which writes them otherwise).
     */
    static List<String[]> rows(int n, long seed) {
        return new SyntheticPeople(seed).rows(n);
    }

    private void write(int n, Path out) throws IOException {
        List<String[]> rows = rows(n);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("id,entity,given_name,family_name,dob,phone,email,address,city,postcode\n");
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                StringBuilder b = new StringBuilder("r").append(i);
                for (String v : r) {
                    b.append(',').append(v.contains(",") ? '"' + v + '"' : v);
                }
                w.write(b.append('\n').toString());
            }
        }
    }

    private List<String[]> rows(int n) {
        List<String[]> rows = new ArrayList<>(n);
        int entity = 0;
        while (rows.size() < n) {
            String[] base = person(entity);
            rows.add(base);
            int dups = rnd.nextDouble() < 0.5 ? 0 : 1 + (int) (-Math.log(1 - rnd.nextDouble()) * 1.2);
            for (int d = 0; d < dups && rows.size() < n; d++) {
                rows.add(corrupt(base));
            }
            entity++;
        }
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String[] t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
        return rows;
    }

    private String[] person(int entity) {
        String given = rnd.nextDouble() < 0.9 ? GIVEN[zipf(GIVEN.length)] : word(2);
        String family = word(rnd.nextDouble() < 0.3 ? 2 : 3);
        int year = 1940 + rnd.nextInt(65);
        String dob = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String phone = String.format(
                Locale.ROOT,
                "(%d) %03d-%04d",
                pick(new int[] {416, 514, 604, 613, 905, 438}),
                200 + rnd.nextInt(800),
                rnd.nextInt(10000));
        String email = given + (rnd.nextBoolean() ? "." : "") + family + (rnd.nextBoolean() ? "" : rnd.nextInt(99))
                + "@" + DOMAINS[rnd.nextInt(DOMAINS.length)];
        int city = zipf(400);
        String address = (1 + rnd.nextInt(2000)) + " " + cap(word(2)) + " " + STREETS[rnd.nextInt(STREETS.length)];
        String postcode = postcode(city);
        return new String[] {
            "e" + entity,
            cap(given),
            cap(family),
            dob,
            phone,
            email,
            address,
            cap(new SplittableRandom(city * 7919L).nextInt(2) == 0 ? "port " + cityName(city) : cityName(city)),
            postcode
        };
    }

    private String[] corrupt(String[] b) {
        String[] r = b.clone();
        if (rnd.nextDouble() < 0.15) {
            for (String[] p : NICK) {
                if (p[0].equalsIgnoreCase(r[1])) {
                    r[1] = cap(p[1]);
                }
            }
        }
        if (rnd.nextDouble() < 0.05) {
            String t = r[1];
            r[1] = r[2];
            r[2] = t;
        }
        for (int f = 1; f <= 8; f++) {
            double x = rnd.nextDouble();
            if (x < 0.08) {
                r[f] = "";
            } else if (x < 0.25 && f != 3 && f != 4) {
                r[f] = typo(r[f]);
            }
        }
        if (!r[3].isEmpty() && rnd.nextDouble() < 0.3) {
            String[] p = r[3].split("-");
            r[3] = rnd.nextDouble() < 0.3 ? p[0] + "-" + p[2] + "-" + p[1] : p[2] + "/" + p[1] + "/" + p[0];
            if (rnd.nextDouble() < 0.3) {
                r[3] = typo(r[3].replace("/", "").replace("-", ""));
            }
        }
        if (!r[4].isEmpty() && rnd.nextDouble() < 0.4) {
            String d = r[4].replaceAll("[^0-9]", "");
            r[4] = rnd.nextBoolean()
                    ? d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6)
                    : "+1 " + d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
        }
        if (!r[5].isEmpty() && rnd.nextDouble() < 0.2) {
            r[5] = r[5].toUpperCase(Locale.ROOT);
        }
        return r;
    }

    private String typo(String s) {
        if (s.length() < 2) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int i = rnd.nextInt(s.length() - 1);
        switch (rnd.nextInt(4)) {
            case 0:
                b.deleteCharAt(i);
                break;
            case 1:
                b.insert(i, (char) ('a' + rnd.nextInt(26)));
                break;
            case 2:
                b.setCharAt(i, (char) ('a' + rnd.nextInt(26)));
                break;
            default:
                b.setCharAt(i, s.charAt(i + 1));
                b.setCharAt(i + 1, s.charAt(i));
        }
        return b.toString();
    }

    private int zipf(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, rnd.nextDouble()) - 1));
    }

    private int pick(int[] xs) {
        return xs[rnd.nextInt(xs.length)];
    }

    private String word(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYL[zipf(SYL.length)]);
        }
        return b.toString();
    }

    private static String cityName(int c) {
        SplittableRandom r = new SplittableRandom(c);
        return SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)] + (c % 3 == 0 ? "ville" : "");
    }

    private String postcode(int city) {
        SplittableRandom r = new SplittableRandom(city);
        return "" + (char) ('A' + r.nextInt(26)) + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + " " + rnd.nextInt(10)
                + (char) ('A' + rnd.nextInt(26)) + rnd.nextInt(10);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
