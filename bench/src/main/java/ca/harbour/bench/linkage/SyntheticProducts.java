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
 * Seeded generator of two product tables to link, shaped like the published product-matching benchmarks:
 * table A ({@code id,title,price,manufacturer}) and table B ({@code id,name,price,manufacturer}), each
 * numbered from 0, and {@code labels.csv} ({@code ltable_id,rtable_id,label}) with the true pairs. Most of A's
 * products are in B too, listed by another shop: words reordered, dropped or added, the model code written
 * another way ("kdl-32l5000", "KDL32L5000"), the price a little different and sometimes written the French
 * way ("1 299,00 $"), the manufacturer often left out. B has products of its own as well. Titles share many
 * words (brands, categories, common features), so only rare words tell products apart.
 * Usage: {@code SyntheticProducts <products in A> <out dir> [seed]}.
 */
public final class SyntheticProducts {
    private static final String[] BRANDS = ("sony samsung panasonic lg canon nikon philips bose garmin logitech "
                    + "toshiba sharp yamaha pioneer denon jvc kenwood olympus hp dell asus acer lenovo apple sandisk "
                    + "kingston netgear linksys belkin epson brother lexmark fujifilm kodak casio jabra plantronics "
                    + "sennheiser onkyo marantz")
            .split(" ");
    private static final String[] KINDS = {
        "lcd tv",
        "plasma hdtv",
        "led tv",
        "digital camera",
        "slr camera",
        "camcorder",
        "home theater system",
        "headphones",
        "earbuds",
        "gps navigator",
        "wireless mouse",
        "keyboard",
        "av receiver",
        "speaker system",
        "blu-ray player",
        "dvd recorder",
        "laptop",
        "netbook",
        "lcd monitor",
        "inkjet printer",
        "laser printer",
        "wireless router",
        "usb flash drive",
        "memory card",
        "bluetooth headset"
    };
    private static final String[] FEATURES = ("black silver white red blue 19\" 22\" 32\" 42\" 46\" 52\" 1080p 720p "
                    + "wireless portable compact hd digital stereo surround refurbished 10mp 12mp 14mp 3x 5x 10x zoom "
                    + "bluetooth usb hdmi wifi 4gb 8gb 16gb 32gb 250gb 500gb 2-pack kit")
            .split(" ");
    private static final String CODE_LETTERS = "abcdefghjklmnprstvwxyz";
    private final SplittableRandom rnd;

    private SyntheticProducts(long seed) {
        rnd = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new SyntheticProducts(seed).write(n, Path.of(args[1]));
    }

    private void write(int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String[]> a = new ArrayList<>();
        List<String[]> b = new ArrayList<>();
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] p = product();
            a.add(p);
            if (rnd.nextDouble() < 0.7) {
                b.add(relisted(p));
                matches.add(new int[] {i, b.size() - 1});
            }
        }
        for (int i = 0; i < n / 3; i++) {
            String[] p = product();
            b.add(new String[] {p[0], price(Double.parseDouble(p[1]), rnd.nextDouble() < 0.3), p[2], p[3]});
        }
        // B in an order of its own, as another shop lists it
        int[] order = new int[b.size()];
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, new Random(rnd.nextLong()));
        for (int i = 0; i < order.length; i++) {
            order[shuffled.get(i)] = i;
        }
        List<String[]> bOut = new ArrayList<>(Collections.nCopies(b.size(), null));
        for (int i = 0; i < b.size(); i++) {
            bOut.set(order[i], b.get(i));
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("tableA.csv"), StandardCharsets.UTF_8)) {
            w.write("id,title,price,manufacturer\n");
            for (int i = 0; i < a.size(); i++) {
                String[] p = a.get(i);
                w.write(i + "," + csv(p[0]) + "," + csv(price(Double.parseDouble(p[1]), false)) + "," + csv(p[3])
                        + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("tableB.csv"), StandardCharsets.UTF_8)) {
            w.write("id,name,price,manufacturer\n");
            for (int i = 0; i < bOut.size(); i++) {
                String[] p = bOut.get(i);
                w.write(i + "," + csv(p[0]) + "," + csv(p[1]) + "," + csv(p[3]) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            w.write("ltable_id,rtable_id,label\n");
            for (int[] m : matches) {
                w.write(m[0] + "," + order[m[1]] + ",1\n");
            }
        }
    }

    /** A product: title, price, model code, manufacturer. */
    private String[] product() {
        String brand = BRANDS[rnd.nextInt(BRANDS.length)];
        StringBuilder code = new StringBuilder();
        for (int i = 0, len = 2 + rnd.nextInt(2); i < len; i++) {
            code.append(CODE_LETTERS.charAt(rnd.nextInt(CODE_LETTERS.length())));
        }
        code.append('-').append(10 + rnd.nextInt(9990));
        for (int i = 0, len = rnd.nextInt(3); i < len; i++) {
            code.append("abcdelsx".charAt(rnd.nextInt(8)));
        }
        List<String> words = new ArrayList<>();
        words.add(brand);
        words.add(code.toString());
        for (int i = 0, k = 1 + rnd.nextInt(4); i < k; i++) {
            String f = FEATURES[rnd.nextInt(FEATURES.length)];
            if (!words.contains(f)) {
                words.add(f);
            }
        }
        words.add(KINDS[rnd.nextInt(KINDS.length)]);
        double price = Math.round((20 + rnd.nextDouble() * 2980) * 100) / 100.0;
        String title = String.join(" ", words);
        if (rnd.nextBoolean()) {
            title = titleCase(title);
        }
        return new String[] {title, Double.toString(price), code.toString(), brand};
    }

    /** The same product as another shop lists it. */
    private String[] relisted(String[] p) {
        List<String> words =
                new ArrayList<>(List.of(p[0].toLowerCase(Locale.ROOT).split(" ")));
        String code = p[2];
        String shown = rnd.nextBoolean() ? code.replace("-", "") : code.toUpperCase(Locale.ROOT);
        words.replaceAll(w -> w.equals(code) ? shown : w);
        if (rnd.nextBoolean()) {
            Collections.shuffle(words, new Random(rnd.nextLong()));
        }
        if (rnd.nextBoolean() && words.size() > 3) {
            words.remove(rnd.nextInt(words.size()));
        }
        if (rnd.nextBoolean()) {
            words.add(FEATURES[rnd.nextInt(FEATURES.length)]);
        }
        String title = String.join(" ", words);
        if (rnd.nextDouble() < 0.3) {
            title = title.toUpperCase(Locale.ROOT);
        }
        double price = Double.parseDouble(p[1]) * (0.85 + rnd.nextDouble() * 0.25);
        return new String[] {title, price(price, rnd.nextDouble() < 0.3), code, rnd.nextDouble() < 0.6 ? p[3] : ""};
    }

    private static String price(double p, boolean french) {
        if (french) {
            return String.format(Locale.CANADA_FRENCH, "%,.2f $", p);
        }
        return String.format(Locale.ROOT, "%.2f", p);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
