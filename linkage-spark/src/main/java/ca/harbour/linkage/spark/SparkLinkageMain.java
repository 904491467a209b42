package ca.harbour.linkage.spark;

import ca.harbour.linkage.io.LinkageInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Command line of the Spark job, for {@code spark-submit} or, in local mode, {@code java -cp}:
 *
 * <pre>
 * --config d.json --input people.csv|people.parquet [--input other.csv] --out dir
 *   [--format csv|parquet] [--master local[*]] [--sample 100000] [--partitions 200]
 * </pre>
 *
 * Writes {@code dir/pairs.parquet}, {@code dir/pairs-csv}, {@code dir/clusters.parquet} and
 * {@code dir/clusters-csv} (the CSVs one file each, with a header), and prints a summary. One input is
 * de-duplicated, two are linked. Exit code 2 on a bad
 * command line or input.
 */
public final class SparkLinkageMain {

    private SparkLinkageMain() {}

    public static void main(String[] args) throws IOException {
        String config = null;
        List<String> inputs = new ArrayList<>();
        String out = null;
        String format = null;
        String master = null;
        int sample = 100_000;
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[++i] : null;
                if (v == null) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                switch (a) {
                    case "--config" -> config = v;
                    case "--input" -> inputs.add(v);
                    case "--out" -> out = v;
                    case "--format" -> format = v.toLowerCase(Locale.ROOT);
                    case "--master" -> master = v;
                    case "--sample" -> sample = Integer.parseInt(v);
                    case "--partitions" -> partitions = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (config == null || inputs.isEmpty() || out == null) {
                throw new IllegalArgumentException("--config, --input and --out are required");
            }
            if (inputs.size() > 2) {
                throw new IllegalArgumentException("one --input to de-duplicate, or two to link");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("harbour-linkage-spark: " + e.getMessage());
            System.err.println("usage: --config d.json --input file.csv|file.parquet [--input second.csv] --out dir"
                    + " [--format csv|parquet] [--master local[*]] [--sample 100000] [--partitions n]");
            System.exit(2);
            return;
        }
        String json;
        try {
            json = Files.readString(Path.of(config), StandardCharsets.UTF_8);
            Engine.description(json);
        } catch (IOException | LinkageInputException e) {
            System.err.println("harbour-linkage-spark: " + config + ": " + message(e));
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("harbour-linkage");
        if (master != null) {
            b.master(master);
        }
        b.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        // registered classes are written as a number, not their name, in every serialised record
        b.config("spark.kryo.classesToRegister", Prepared.class.getName() + ",[Ljava.lang.String;,[J");
        if (partitions > 0) {
            b.config("spark.sql.shuffle.partitions", partitions);
        }
        SparkSession spark = b.getOrCreate();
        try {
            int shuffle = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism() * 2;
            long started = System.nanoTime();
            Dataset<Row> first = read(spark, inputs.get(0), format);
            SparkLinkage.Result r = inputs.size() == 1
                    ? SparkLinkage.dedupe(spark, json, first, sample, shuffle)
                    : SparkLinkage.link(spark, json, first, read(spark, inputs.get(1), format), sample, shuffle);
            long writing = System.nanoTime();
            write(r.pairs(), out, "pairs");
            write(r.clusters(), out, "clusters");
            SparkLinkage.Summary s = r.summary();
            s.seconds().forEach((phase, t) -> System.out.printf(Locale.ROOT, "seconds %s: %.1f%n", phase, t));
            System.out.printf(Locale.ROOT, "seconds write: %.1f%n", (System.nanoTime() - writing) / 1e9);
            System.out.printf(
                    Locale.ROOT,
                    "records: %d%nsample: %d records (lambda %.3g)%nblocks kept: %d%nstop keys: %d%n"
                            + "key types dropped: %d%npairs compared: %d%npairs kept: %d%nclusters: %d%n"
                            + "seconds: %.1f%n",
                    s.records(),
                    s.sampled(),
                    s.lambda(),
                    s.keptBlocks(),
                    s.stopKeys(),
                    s.droppedTypes(),
                    s.compared(),
                    s.pairs(),
                    s.clusters(),
                    (System.nanoTime() - started) / 1e9);
        } catch (IllegalArgumentException | LinkageInputException e) {
            System.err.println("harbour-linkage-spark: " + message(e));
            spark.stop();
            System.exit(2);
        }
        spark.stop();
    }

    /** An input error in the system's language (English or French) when the engine words it. */
    private static String message(Exception e) {
        return e instanceof LinkageInputException l ? l.message(Locale.getDefault()) : e.getMessage();
    }

    /**
     * Reads CSV (UTF-8, a header row, RFC 4180 quotes, names and values trimmed as the engine trims them) or
     * Parquet, by {@code format} or else by the path's ending.
     */
    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        String f = format != null ? format : path.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv";
        Dataset<Row> df;
        if (f.equals("parquet")) {
            df = spark.read().parquet(path);
        } else if (f.equals("csv")) {
            df = spark.read()
                    .option("header", true)
                    .option("inferSchema", false)
                    .option("encoding", "UTF-8")
                    .option("quote", "\"")
                    .option("escape", "\"")
                    .option("ignoreLeadingWhiteSpace", true)
                    .option("ignoreTrailingWhiteSpace", true)
                    .csv(path);
        } else {
            throw new IllegalArgumentException("unknown format " + format + " (csv or parquet)");
        }
        String[] names = Arrays.stream(df.columns())
                .map(c -> c.replace("\uFEFF", "").trim())
                .toArray(String[]::new);
        return df.toDF(names);
    }

    /** Writes {@code dir/name.parquet} and {@code dir/name-csv/}, one CSV file with a header. */
    static void write(Dataset<Row> rows, String dir, String name) {
        Dataset<Row> kept = rows.persist();
        kept.write().mode(SaveMode.Overwrite).parquet(dir + "/" + name + ".parquet");
        kept.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).csv(dir + "/" + name + "-csv");
        kept.unpersist();
    }
}
