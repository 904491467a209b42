package ca.harbour.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #20: what the command line says about a description or an input that cannot work as meant. */
class DiagnosticsCliTests {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(Locale locale, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = LinkageCli.run(locale, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path file(String name, String content, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, charset);
        return p;
    }

    private Run dedupe(Locale locale, String description, Path input, String... more) throws IOException {
        Path d = file("d.json", description, StandardCharsets.UTF_8);
        String[] args = {"dedupe", "-c", d.toString(), "-i", input.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(locale, all);
    }

    private static final Path FEBRL1 = TestData.resource("febrl-dataset1.csv");

    @Test
    void aMisspeltKeyStopsTheRunWithExitCodeTwoAndASuggestion() throws IOException {
        Run r = dedupe(Locale.ENGLISH, """
                {"id": "rec_id", "fields": [{"name": "surname", "kind": "family_name", "wieght": 2}]}""", FEBRL1);
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("unknown key \"wieght\" in field \"surname\": did you mean \"weight\"?");
        assertThat(r.out).isEmpty();
    }

    @Test
    void aRunThatComparesNothingSaysWhyInTheUsersLanguage() throws IOException {
        String oneCategory = """
                {"id": "rec_id", "fields": [{"name": "state", "kind": "categorical"}]}""";
        Run en = dedupe(Locale.ENGLISH, oneCategory, FEBRL1, "-q");
        assertThat(en.code).isZero();
        assertThat(en.out).contains("pairs compared: 0");
        assertThat(en.err).contains("warning: no pair of records was compared: no field makes blocking keys");
        Run fr = dedupe(Locale.CANADA_FRENCH, oneCategory, FEBRL1, "-q");
        assertThat(fr.err).contains("avertissement\u00a0: aucune paire d’enregistrements n’a été comparée");
    }

    @Test
    void aRunThatMatchesNothingSaysSo() throws IOException {
        Run r = dedupe(Locale.ENGLISH, """
                {"id": "rec_id", "fields": [{"name": "postcode", "kind": "postcode"}]}""", FEBRL1, "-q");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("matched pairs: 0");
        assertThat(r.err).containsPattern("warning: \\d+ pairs were compared but none reached the threshold");
    }

    @Test
    void anOrdinaryRunSaysNothingOnStandardError() throws IOException {
        Run r = run(
                Locale.ENGLISH, "dedupe", "-c", TestData.resource("febrl.json").toString(), "-i", FEBRL1.toString());
        assertThat(r.code).isZero();
        assertThat(r.err).isEmpty();
    }

    /** 400 people, a third duplicated, in Latin-1 with HTML references, placeholders and a full-name column. */
    private Path messyPeople() throws IOException {
        SplittableRandom rnd = new SplittableRandom(3);
        String[] given = {"Günther", "H&eacute;l&egrave;ne", "Anne", "Marc", "Zoë", "Luc", "Paul", "Rose", "Jean"};
        StringBuilder b = new StringBuilder("id,given,family,full,dob,phone,notes\n");
        for (int i = 0; i < 400; i++) {
            String g = given[rnd.nextInt(given.length)];
            String f = "Fam" + Integer.toString(rnd.nextInt(100_000), 36);
            String dob = rnd.nextInt(10) == 0
                    ? "1900-01-01"
                    : (1940 + rnd.nextInt(60)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10);
            String phone = rnd.nextInt(15) == 0 ? "999-999-9999" : "514-" + (200 + rnd.nextInt(700)) + "-" + (1000 + i);
            String row = g + "," + f + "," + g + " " + f + "," + dob + "," + phone + ",";
            b.append("r").append(i).append(',').append(row).append('\n');
            if (i % 3 == 0) {
                b.append("d").append(i).append(',').append(row).append('\n');
            }
        }
        return file("people.csv", b.toString(), StandardCharsets.ISO_8859_1);
    }

    private static final String PEOPLE = """
            {"id": "id", "fields": [{"name": "given", "kind": "given_name"}, {"name": "family", "kind": "family_name"},
              {"name": "full", "kind": "full_name"}, {"name": "dob", "kind": "date"}, {"name": "phone", "kind": "phone"},
              {"name": "notes", "kind": "text"}]}""";

    @Test
    void aLatin1FileWithPlaceholdersAndARedundantColumnIsReadAndExplained() throws IOException {
        Path people = messyPeople();
        Run r = dedupe(Locale.ENGLISH, PEOPLE, people, "--encoding", "ISO-8859-1");
        assertThat(r.code).isZero();
        assertThat(r.out).contains("records: 534");
        assertThat(r.err)
                .containsPattern("note: field 'dob': placeholder values treated as missing: \"1900-01-01\" \\(\\d+\\)")
                .containsPattern("note: field 'phone': placeholder values treated as missing: \"999-999-9999\"")
                .contains("warning: field 'full' repeats 'given' and 'family' in 100% of the records")
                .contains("warning: field 'notes' has no value");
        Run fr = dedupe(Locale.CANADA_FRENCH, PEOPLE, people, "--encoding", "ISO-8859-1", "-q");
        assertThat(fr.err)
                .doesNotContain("note\u00a0:")
                .contains(
                        "avertissement\u00a0: le champ «\u00a0full\u00a0» répète «\u00a0given\u00a0» et «\u00a0family\u00a0»");
    }

    @Test
    void theWrongEncodingOrAnUnknownOneIsAnErrorWithExitCodeTwo() throws IOException {
        Path people = messyPeople();
        Run utf8 = dedupe(Locale.ENGLISH, PEOPLE, people, "-q");
        assertThat(utf8.code).isEqualTo(2);
        assertThat(utf8.err).contains("people.csv, row ").contains("--encoding");
        Run unknown = dedupe(Locale.ENGLISH, PEOPLE, people, "--encoding", "klingon");
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("unknown encoding 'klingon'");
    }
}
