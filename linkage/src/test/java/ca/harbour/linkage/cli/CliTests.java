package ca.harbour.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTests {
    @TempDir
    Path dir;

    @Test
    void dedupeWritesScoredPairsAndClustersAsCsv() throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        Path clusters = dir.resolve("clusters.csv");
        int code = LinkageCli.run(
                "dedupe",
                "--config",
                TestData.resource("febrl.json").toString(),
                "--input",
                TestData.resource("febrl-dataset1.csv").toString(),
                "--out-pairs",
                pairs.toString(),
                "--out-clusters",
                clusters.toString(),
                "--explain",
                "-q");
        assertThat(code).isZero();
        List<String> p = Files.readAllLines(pairs);
        assertThat(p.get(0)).isEqualTo("id_l,id_r,probability,match_weight,explanation");
        assertThat(p.size()).isGreaterThan(400);
        assertThat(p.get(1)).contains("surname=");
        assertThat(Files.readAllLines(clusters)).hasSize(1001).first().isEqualTo("source,id,entity_id");
    }

    @Test
    void scoresAreWrittenWithFixedDecimals() {
        assertThat(Outputs.fixed(0.5, 1_000_000)).isEqualTo("0.500000");
        assertThat(Outputs.fixed(-3.14159, 1000)).isEqualTo("-3.142");
        assertThat(Outputs.fixed(43.05, 1000)).isEqualTo("43.050");
        assertThat(Outputs.fixed(0.0000004, 1_000_000)).isEqualTo("0.000000");
    }

    @Test
    void evaluatePrintsPrecisionRecallF1AndPairCompleteness() {
        Run r = run(
                "evaluate",
                "--config",
                TestData.resource("febrl.json").toString(),
                "--input",
                TestData.resource("febrl-dataset1.csv").toString(),
                "--truth-column",
                "rec_id",
                "--truth-pattern",
                "rec-(\\d+)-",
                "-q");
        assertThat(r.code).isZero();
        assertThat(r.out)
                .contains("pair completeness: ")
                .contains("clusters: precision ")
                .contains("pairs compared: ");
    }

    @Test
    void dedupePrintsItsSummary() {
        Run r = run(
                "dedupe",
                "--config",
                TestData.resource("febrl.json").toString(),
                "--input",
                TestData.resource("febrl-dataset1.csv").toString(),
                "-q");
        assertThat(r.code).isZero();
        assertThat(r.out)
                .contains("records: 1000\n")
                .containsPattern("reduction ratio: 0\\.9\\d{5}\n")
                .containsPattern("model: lambda 0\\.\\d+, threshold probability 0\\.500\n")
                .containsPattern("matched pairs: [1-9]\\d*\n")
                .containsPattern("entities: [1-9]\\d*\n");
        int entities = Integer.parseInt(
                r.out.replaceAll("(?s).*entities: (\\d+).*", "$1").trim());
        assertThat(entities).isBetween(400, 999);
    }

    @Test
    void theSummaryIsLabelledInTheUsersLanguageWithFiguresWrittenAlike() {
        String[] args = {
            "evaluate",
            "--config",
            TestData.resource("febrl.json").toString(),
            "--input",
            TestData.resource("febrl-dataset1.csv").toString(),
            "--truth-column",
            "rec_id",
            "--truth-pattern",
            "rec-(\\d+)-",
            "-q"
        };
        Run fr = run(Locale.CANADA_FRENCH, args);
        String en = run(args).out;
        assertThat(fr.code).isZero();
        assertThat(fr.out)
                .contains("enregistrements\u00a0: 1000\n")
                .contains("complétude des paires\u00a0: ")
                .containsPattern(
                        "paires\u00a0: précision 1\\.0000 rappel 1\\.0000 f1 1\\.0000 \\(vp 500, prédites 500, vraies 500\\)");
        assertThat(en)
                .contains("records: 1000\n")
                .contains("pairs: precision 1.0000 recall 1.0000 f1 1.0000 (tp 500, predicted 500, true 500)");
        // the same figures in both
        assertThat(fr.out.replaceAll("[^0-9.\n]", "")).isEqualTo(en.replaceAll("[^0-9.\n]", ""));
    }

    @Test
    void everyCommandPrintsTheVersion() {
        for (String command : List.of("dedupe", "link", "evaluate")) {
            Run r = run(command, "--version");
            assertThat(r.code).isZero();
            assertThat(r.out).isEqualTo(LinkageCli.VERSION + System.lineSeparator());
        }
    }

    @Test
    void badInputIsReportedInTheUsersLanguage() throws IOException {
        Path d = Files.writeString(
                dir.resolve("d.json"),
                "{\"id\": \"id\", \"fields\": [{\"name\": \"given\", \"kind\": \"given_name\"}]}");
        Path csv = Files.writeString(dir.resolve("ragged.csv"), "id,given\n1,ann\n2\n");
        String[] args = {"dedupe", "-q", "-c", d.toString(), "-i", csv.toString()};
        Run en = runErr(Locale.ENGLISH, args);
        Run fr = runErr(Locale.CANADA_FRENCH, args);
        assertThat(en.code).isEqualTo(2);
        assertThat(fr.code).isEqualTo(2);
        assertThat(en.out)
                .startsWith("error: ")
                .contains("ragged.csv, row 3: ragged row: 1 fields but the header has 2");
        assertThat(fr.out)
                .startsWith("erreur\u00a0: ")
                .contains("ragged.csv, ligne 3\u00a0: ligne irrégulière\u00a0: 1 champs, alors que l’en-tête en a 2");
        // a locale without texts of its own gets English
        assertThat(runErr(Locale.GERMAN, args).out).isEqualTo(en.out);
    }

    @Test
    void helpIsInTheUsersLanguage() {
        Run fr = run(Locale.CANADA_FRENCH, "dedupe", "--help");
        Run en = run(Locale.ENGLISH, "dedupe", "--help");
        assertThat(fr.code).isZero();
        assertThat(fr.out)
                .startsWith("Utilisation\u00a0: harbour-linkage dedupe")
                .contains("Dédoublonner un fichier CSV.")
                .contains("Description du jeu de données (JSON).")
                .contains("celui de la description");
        assertThat(en.out)
                .startsWith("Usage: harbour-linkage dedupe")
                .contains("De-duplicate one CSV file.")
                .contains("Match probability threshold (default:");
        assertThat(runErr(Locale.CANADA_FRENCH).out)
                .startsWith("erreur\u00a0: commande manquante\u00a0: dedupe, link ou evaluate");
    }

    @Test
    void aBadCommandLineIsExplainedInTheUsersLanguageWithExitCodeTwo() {
        Run missing = runErr(Locale.CANADA_FRENCH, "dedupe", "-q");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.out)
                .startsWith("erreur\u00a0: options obligatoires manquantes\u00a0: --config, --input")
                .contains("Utilisation\u00a0: harbour-linkage dedupe");
        Run value = runErr(Locale.ENGLISH, "dedupe", "--threads", "many", "-c", "d.json", "-i", "x.csv");
        assertThat(value.code).isEqualTo(2);
        assertThat(value.out).startsWith("error: invalid value for --threads: 'many'");
        Run typo = runErr(Locale.CANADA_FRENCH, "dedupe", "--quite", "-c", "d.json", "-i", "x.csv");
        assertThat(typo.code).isEqualTo(2);
        assertThat(typo.out)
                .contains("option ou argument inconnu\u00a0: --quite")
                .contains("vouliez-vous dire\u00a0: --quiet\u00a0?");
        assertThat(runErr(Locale.ENGLISH, "dedup").out).contains("did you mean: dedupe?");
    }

    /**
     * Two tables as published benchmarks often come: each numbered from 0 (so ids repeat across them), with
     * its own column names and a column the other lacks, and the truth as labelled pairs of their ids.
     * FEBRL1's originals are table A, their first duplicates table B.
     */
    @Test
    void linkTablesWithTheirOwnColumnNamesAndIdsScoredAgainstLabelledPairs() throws IOException {
        Map<String, String[]> originals = new LinkedHashMap<>();
        Map<String, String[]> duplicates = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(TestData.resource("febrl-dataset1.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].trim();
            }
            String entity = v[0].replaceAll("rec-(\\d+)-.*", "$1");
            if (v[0].endsWith("-org")) {
                originals.put(entity, v);
            } else if (v[0].endsWith("-dup-0")) {
                duplicates.put(entity, v);
            }
        }
        StringBuilder a = new StringBuilder("id,given_name,surname,street_number,address_1,address_2,suburb,postcode,"
                + "state,date_of_birth,soc_sec_id\n");
        StringBuilder b = new StringBuilder("key,first,last,number,street,town,zip,state,dob,ssn\n");
        StringBuilder truth = new StringBuilder("ltable_id,rtable_id,label\n");
        Map<String, Integer> rowOfA = new HashMap<>();
        for (String[] v : originals.values()) {
            a.append(rowOfA.size())
                    .append(',')
                    .append(String.join(",", List.of(v).subList(1, v.length)))
                    .append('\n');
            rowOfA.put(v[0].replaceAll("rec-(\\d+)-.*", "$1"), rowOfA.size());
        }
        int k = 0;
        for (var e : duplicates.entrySet()) {
            String[] v = e.getValue();
            b.append(k)
                    .append(',')
                    .append(String.join(",", v[1], v[2], v[3], v[4], v[6], v[7], v[8], v[9], v[10]))
                    .append('\n');
            truth.append(rowOfA.get(e.getKey())).append(',').append(k).append(",1\n");
            k++;
        }
        Path tableA = Files.writeString(dir.resolve("tableA.csv"), a);
        Path tableB = Files.writeString(dir.resolve("tableB.csv"), b);
        Path labels = Files.writeString(dir.resolve("labels.csv"), truth);
        Path d = Files.writeString(dir.resolve("d.json"), """
                {"id": ["id", "key"], "fields": [
                  {"name": "given_name", "kind": "given_name", "column": ["given_name", "first"]},
                  {"name": "surname", "kind": "family_name", "column": ["surname", "last"]},
                  {"name": "street_number", "kind": "numeric", "column": ["street_number", "number"]},
                  {"name": "address_1", "kind": "address", "column": ["address_1", "street"]},
                  {"name": "address_2", "kind": "address", "column": ["address_2", null]},
                  {"name": "suburb", "kind": "city", "column": ["suburb", "town"]},
                  {"name": "postcode", "kind": "postcode", "column": ["postcode", "zip"]},
                  {"name": "state", "kind": "categorical"},
                  {"name": "date_of_birth", "kind": "date", "column": ["date_of_birth", "dob"]},
                  {"name": "soc_sec_id", "kind": "identifier", "column": ["soc_sec_id", "ssn"]}]}""");
        Path pairs = dir.resolve("pairs.csv");
        Run linked = run(
                "evaluate",
                "-c",
                d.toString(),
                "-i",
                tableA.toString(),
                "-i",
                tableB.toString(),
                "--truth-pairs",
                labels.toString(),
                "--truth-pair-columns",
                "ltable_id,rtable_id,label",
                "--out-pairs",
                pairs.toString(),
                "-q");
        assertThat(linked.code).isZero();
        assertThat(k).isGreaterThan(300);
        assertThat(linked.out)
                .containsPattern("pairs: precision (0\\.9[5-9]\\d*|1\\.0+) recall (0\\.9[5-9]\\d*|1\\.0+) ");
        // the pairs written name table A's record first, table B's second, and score the same way again
        Run scored = run(
                "evaluate",
                "-c",
                d.toString(),
                "-i",
                tableA.toString(),
                "-i",
                tableB.toString(),
                "--truth-pairs",
                labels.toString(),
                "--truth-pair-columns",
                "ltable_id,rtable_id,label",
                "--predicted-pairs",
                pairs.toString(),
                "-q");
        assertThat(scored.out
                        .lines()
                        .filter(l -> l.startsWith("pairs: "))
                        .findFirst()
                        .orElseThrow())
                .isEqualTo(linked.out
                        .lines()
                        .filter(l -> l.startsWith("pairs: "))
                        .findFirst()
                        .orElseThrow());
    }

    private record Run(int code, String out) {}

    /** Runs the CLI in the JVM's default locale with its standard output captured. */
    private static Run run(String... args) {
        return capture(false, Locale.getDefault(), args);
    }

    /** Runs the CLI in {@code locale} with its standard output captured. */
    private static Run run(Locale locale, String... args) {
        return capture(false, locale, args);
    }

    /** Runs the CLI in {@code locale} with its error output captured. */
    private static Run runErr(Locale locale, String... args) {
        return capture(true, locale, args);
    }

    private static Run capture(boolean err, Locale locale, String... args) {
        var bytes = new ByteArrayOutputStream();
        var stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var old = err ? System.err : System.out;
        if (err) {
            System.setErr(stream);
        } else {
            System.setOut(stream);
        }
        try {
            int code = LinkageCli.run(locale, args);
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            if (err) {
                System.setErr(old);
            } else {
                System.setOut(old);
            }
        }
    }
}
