package ca.harbour.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.linkage.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped launcher {@code bin/harbour-linkage} run as users run it, on the packaged CLI jar (a copy in a
 * temporary folder, so that the class-data archive it writes lands there): the first real run writes one
 * archive, later runs load the CLI's classes (picocli's too) from it, output does not depend on it, and a
 * failed run leaves nothing behind.
 */
class LauncherIT {
    private static final Path LAUNCHER =
            Paths.get(System.getProperty("harbour.linkage.launcher", "bin/harbour-linkage"));
    private static final Path CLI_JAR = Paths.get(System.getProperty("harbour.linkage.cliJar", "missing"));

    @TempDir
    Path dir;

    private Path jar;

    private record Run(int code, String out, String err) {}

    @BeforeEach
    void copyJar() throws IOException {
        assertThat(CLI_JAR).as("the packaged CLI jar").exists();
        jar = Files.copy(CLI_JAR, dir.resolve(CLI_JAR.getFileName()));
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("HARBOUR_LINKAGE_JAR", jar.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(dir.resolve("stdout.txt")),
                Files.readString(dir.resolve("stderr.txt")));
    }

    private Run dedupe(Map<String, String> env, Path pairs) throws Exception {
        return launch(
                env,
                "dedupe",
                "-q",
                "-c",
                TestData.resource("febrl.json").toString(),
                "-i",
                TestData.resource("febrl-dataset1.csv").toString(),
                "--out-pairs",
                pairs.toString());
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().matches(".*\\.(tmp|classes)$"))
                    .toList();
        }
    }

    @Test
    void firstRunWritesOneArchiveThatLaterRunsLoadPicocliFrom() throws Exception {
        Path first = dir.resolve("first.csv");
        Run a = dedupe(Map.of(), first);
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).startsWith("records: 1000").contains("matched pairs: ");
        assertThat(archives())
                .singleElement()
                .satisfies(f -> assertThat(f.toString()).endsWith("-small.jsa"));
        assertThat(leftovers()).isEmpty();

        Path log = dir.resolve("classes.log");
        Path second = dir.resolve("second.csv");
        Run b = dedupe(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log), second);
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(log))
                .anySatisfy(
                        l -> assertThat(l).contains("picocli.CommandLine ").contains("source: shared objects file"));
    }

    @Test
    void largeInputsGetTheirOwnArchiveAndCdsCanBeSwitchedOff() throws Exception {
        Run off = dedupe(Map.of("HARBOUR_LINKAGE_CDS", "off"), dir.resolve("off.csv"));
        assertThat(off.code()).as(off.err()).isZero();
        assertThat(archives()).isEmpty();

        Run large = dedupe(Map.of("HARBOUR_LINKAGE_SMALL_MB", "0"), dir.resolve("large.csv"));
        assertThat(large.code()).as(large.err()).isZero();
        assertThat(archives())
                .singleElement()
                .satisfies(f -> assertThat(f.toString()).endsWith("-large.jsa"));
        assertThat(Files.readAllBytes(dir.resolve("large.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("off.csv")));
    }

    @Test
    void badInputExitsWithTwoNamesTheFileAndWritesNoArchive() throws Exception {
        Path bad = Files.writeString(dir.resolve("ragged.csv"), "rec_id,given_name\nrec-1-org,anna,extra\n");
        Run r = launch(
                Map.of(), "dedupe", "-q", "-c", TestData.resource("febrl.json").toString(), "-i", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("ragged.csv");
        assertThat(r.out()).isEmpty();
        assertThat(archives()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void runningOutOfHeapSaysHowToGiveMoreAndExitsWithOne() throws Exception {
        Run r = dedupe(Map.of("JAVA_OPTS", "-Xmx4m"), dir.resolve("none.csv"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: out of memory: ").contains("JAVA_OPTS=-Xmx");
        assertThat(archives()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void helpAndVersionRunWithoutWritingAnArchive() throws Exception {
        Run v = launch(Map.of(), "--version");
        assertThat(v.code()).isZero();
        assertThat(v.out().strip()).isEqualTo("harbour-linkage 0.1");
        Run h = launch(Map.of(), "dedupe", "--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("--config").contains("--out-pairs");
        assertThat(archives()).isEmpty();
    }
}
