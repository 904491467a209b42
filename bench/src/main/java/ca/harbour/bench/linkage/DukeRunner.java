package ca.harbour.bench.linkage;

import ca.harbour.linkage.io.CsvReader;
import ca.harbour.linkage.io.CsvWriter;
import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs Duke 1.2 (the baseline) on the same CSV files and writes its matched pairs as
 * {@code id_l,id_r,probability}. Inputs are first copied with trimmed headers and values (Duke's CSV reader
 * does not trim FEBRL's ", " separators). The XML config template names inputs {@code @INPUT1@} and
 * {@code @INPUT2@}; one input means de-duplication, two mean linking.
 * Usage: {@code DukeRunner <template.xml> <out-pairs.csv> <threads> <input1.csv> [input2.csv]}.
 */
public final class DukeRunner {

    private DukeRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("duke");
        String xml = Files.readString(template, StandardCharsets.UTF_8);
        for (int i = 3; i < args.length; i++) {
            Path clean = work.resolve("input" + (i - 2) + ".csv");
            copyTrimmed(Path.of(args[i]), clean);
            xml = xml.replace("@INPUT" + (i - 2) + "@", clean.toString());
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
                    w.row(a.getValue(idProp), b.getValue(idProp), Double.toString(confidence));
                }
            });
            if (args.length > 4) {
                p.link();
            } else {
                p.deduplicate();
            }
            System.out.println("pairs compared: " + p.getComparisonCount());
            p.close();
        }
        System.out.printf("duke seconds: %.1f%n", (System.nanoTime() - start) / 1e9);
    }

    private static void copyTrimmed(Path in, Path out) throws IOException {
        try (CsvReader r = new CsvReader(in); CsvWriter w = new CsvWriter(out)) {
            w.row(r.header().toArray(new String[0]));
            String[] row;
            while ((row = r.next()) != null) {
                w.row(row);
            }
        }
    }
}
