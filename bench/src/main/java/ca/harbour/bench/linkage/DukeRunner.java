package ca.harbour.bench.linkage;

import ca.harbour.linkage.io.CsvReader;
import ca.harbour.linkage.io.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Runs Duke 1.2 (the baseline) on the same CSV files and writes its matched pairs as
 * {@code id_l,id_r,probability}. Inputs are first copied with trimmed headers and values (Duke's CSV reader
 * does not trim FEBRL's ", " separators). The XML config template names inputs {@code @INPUT1@} and
 * {@code @INPUT2@}; one input means de-duplication, two mean linking. In linking each input's ids are
 * given to Duke as {@code 1:id} and {@code 2:id} (two tables may number their records alike), and each pair
 * is written with the first input's id first.
 * Usage: {@code DukeRunner <template.xml> <out-pairs.csv> <threads> <input1.csv> [input2.csv]}.
 */
public final class DukeRunner {

    private DukeRunner() {}

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("duke");
        String xml = Files.readString(template, StandardCharsets.UTF_8);
        boolean linking = args.length > 4;
        // the id column of each input, in the order the template's groups name them
        List<String> idColumns = new ArrayList<>();
        Matcher m = Pattern.compile("<column name=\"([^\"]+)\" property=\"ID\"").matcher(xml);
        while (m.find()) {
            idColumns.add(m.group(1));
        }
        for (int i = 3; i < args.length; i++) {
            int input = i - 2;
            Path clean = work.resolve("input" + input + ".csv");
            copyTrimmed(
                    Path.of(args[i]),
                    clean,
                    linking ? idColumns.get(Math.min(input, idColumns.size()) - 1) : null,
                    input + ":");
            xml = xml.replace("@INPUT" + input + "@", clean.toString());
        }
        Path config = work.resolve("config.xml");
        Files.writeString(config, xml, StandardCharsets.UTF_8);
        Configuration c = ConfigLoader.load(config.toString());
        String idProp = c.getIdentityProperties().iterator().next().getName();
        long start = System.nanoTime();
        try (CsvWriter w = new CsvWriter(out)) {
            w.row("id_l", "id_r", "probability");
            Processor p = new Processor(c);
            p.setThreads(threads);
            p.addMatchListener(new AbstractMatchListener() {
                @Override
                public synchronized void matches(Record a, Record b, double confidence) {
                    String x = a.getValue(idProp);
                    String y = b.getValue(idProp);
                    if (linking) {
                        // "1:id" first, prefixes off
                        String first = x.startsWith("1:") ? x : y;
                        String second = first == x ? y : x;
                        x = first.substring(2);
                        y = second.substring(2);
                    }
                    w.row(x, y, Double.toString(confidence));
                }
            });
            if (linking) {
                p.link();
            } else {
                p.deduplicate();
            }
            System.out.println("pairs compared: " + p.getComparisonCount());
            p.close();
        }
        System.out.printf("duke seconds: %.1f%n", (System.nanoTime() - start) / 1e9);
    }

    /** Copies a CSV with trimmed headers and values, {@code prefix} put before the values of {@code idColumn}. */
    private static void copyTrimmed(Path in, Path out, String idColumn, String prefix) throws IOException {
        try (CsvReader r = new CsvReader(in);
                CsvWriter w = new CsvWriter(out)) {
            w.row(r.header().toArray(new String[0]));
            int id = idColumn == null ? -1 : r.header().indexOf(idColumn);
            String[] row;
            while ((row = r.next()) != null) {
                if (id >= 0) {
                    row[id] = prefix + row[id];
                }
                w.row(row);
            }
        }
    }
}
