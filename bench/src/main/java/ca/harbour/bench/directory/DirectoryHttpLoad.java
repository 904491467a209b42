package ca.harbour.bench.directory;

import ca.harbour.bench.http.OpenLoop;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Directory searches at a fixed rate over HTTP (see {@link OpenLoop}): a seeded mix of English and
 * French needs, some misspelt, most near one of Ontario's towns.
 * Usage: {@code DirectoryHttpLoad <base URL on 127.0.0.1> <requests/s> <seconds> [path]};
 * {@code -Dconnections=N} (default 64).
 */
public final class DirectoryHttpLoad {

    private static final String[] WORDS = {
        "shelter",
        "sheltr",
        "housing",
        "hebergement",
        "legal",
        "lawyer",
        "counselling",
        "therapie",
        "mental health",
        "addictions",
        "immigration",
        "emploi",
        "interpreter",
        "youth",
        "jeunes",
        "indigenous",
        "medical",
        "income",
        "victim",
        "refuge"
    };
    private static final String[] PLACES = {
        "Toronto",
        "Ottawa",
        "Thunder Bay",
        "Sudbury",
        "Kenora",
        "Hamilton",
        "London",
        "Kingston",
        "Timmins",
        "Windsor",
        "Barrie",
        "Sault Ste. Marie",
        ""
    };

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int rate = Math.min(Integer.parseInt(args[1]), 5000);
        int seconds = Math.min(Integer.parseInt(args[2]), 600);
        String path = args.length > 3 ? args[3] : "/api/hsds/service_at_locations";
        boolean page = path.startsWith("/find"); // the page's form names its fields q and near
        String text = page ? "?q=" : "?search=";
        String near = page ? "&near=" : "&postcode=";
        int total = rate * seconds;
        byte[][] requests = new byte[total][];
        Random random = new Random(11);
        for (int i = 0; i < total; i++) {
            String place = PLACES[random.nextInt(PLACES.length)];
            requests[i] = OpenLoop.get(path
                    + text
                    + enc(WORDS[random.nextInt(WORDS.length)])
                    + (place.isEmpty() ? "" : near + enc(place)));
        }
        OpenLoop.Result r = new OpenLoop(base, Integer.getInteger("connections", 64))
                .run(rate, seconds, n -> requests[n], (n, status, body) -> {});
        System.out.println(path);
        System.out.println(OpenLoop.Result.header());
        System.out.println(r.line());
        r.failures().forEach(f -> System.out.println("   e.g. " + f));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
