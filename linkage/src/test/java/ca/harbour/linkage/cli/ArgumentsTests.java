package ca.harbour.linkage.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTests {
    private static final List<ca.harbour.linkage.cli.Arguments.Option> RUN = RunOptions.ALL;

    static Stream<Arguments> wellFormedCommandLines() {
        return Stream.of(
                Arguments.of(new String[] {"-c", "d.json", "-i", "a.csv"}, "d.json", List.of("a.csv"), 0, false),
                Arguments.of(new String[] {"--config=d.json", "--input=a.csv", "--input", "b.csv"}, "d.json",
                        List.of("a.csv", "b.csv"), 0, false),
                Arguments.of(new String[] {"-q", "--threads", "2", "-c", "x", "-i", "y", "-q"}, "x", List.of("y"), 2, true),
                Arguments.of(new String[] {"--threads=4", "--quiet", "-i", "a=b.csv", "-c", "c"}, "c", List.of("a=b.csv"), 4, true));
    }

    @ParameterizedTest
    @MethodSource("wellFormedCommandLines")
    void wellFormedCommandLinesAreRead(String[] args, String config, List<String> inputs, int threads, boolean quiet) {
        RunOptions o = new RunOptions(ca.harbour.linkage.cli.Arguments.parse(RUN, args));
        assertThat(o.config).isEqualTo(Path.of(config));
        assertThat(o.inputs).containsExactlyElementsOf(inputs.stream().map(Path::of).toList());
        assertThat(o.threads).isEqualTo(threads);
        assertThat(o.quiet).isEqualTo(quiet);
    }

    static Stream<Arguments> malformedCommandLines() {
        return Stream.of(
                Arguments.of(new String[] {"-c", "d.json", "-i", "a.csv", "--colour", "red"}, "unknown option '--colour'"),
                Arguments.of(new String[] {"-c", "d.json", "-i", "a.csv", "stray"}, "unexpected argument 'stray'"),
                Arguments.of(new String[] {"-c", "d.json", "-i"}, "option '-i' needs a value"),
                Arguments.of(new String[] {"-c", "d.json", "-c", "e.json", "-i", "a"}, "given more than once"),
                Arguments.of(new String[] {"-i", "a.csv"}, "missing required option '--config'"),
                Arguments.of(new String[] {"-c", "d.json"}, "missing required option '--input'"),
                Arguments.of(new String[] {"-c", "d", "-i", "a", "--threads", "two"}, "needs a whole number, got 'two'"),
                Arguments.of(new String[] {"-c", "d", "-i", "a", "--threshold", "high"}, "needs a number, got 'high'"),
                Arguments.of(new String[] {"-c", "d", "-i", "a", "--quiet=yes"}, "takes no value"));
    }

    @ParameterizedTest
    @MethodSource("malformedCommandLines")
    void malformedCommandLinesAreRejectedWithTheReason(String[] args, String reason) {
        assertThatThrownBy(() -> new RunOptions(ca.harbour.linkage.cli.Arguments.parse(RUN, args)))
                .isInstanceOf(ca.harbour.linkage.cli.Arguments.UsageException.class).hasMessageContaining(reason);
    }

    static Stream<Arguments> exitCodes() {
        return Stream.of(
                Arguments.of(new String[] {}, 2, "", "missing command"),
                Arguments.of(new String[] {"--help"}, 0, "dedupe", ""),
                Arguments.of(new String[] {"-V"}, 0, "harbour-linkage 0.1", ""),
                Arguments.of(new String[] {"merge"}, 2, "", "unknown command 'merge'"),
                Arguments.of(new String[] {"evaluate", "-h"}, 0, "--truth-pair-columns", ""),
                Arguments.of(new String[] {"dedupe", "-i", "a.csv"}, 2, "", "Try 'harbour-linkage dedupe --help'"),
                Arguments.of(new String[] {"link", "-c", "missing.json", "-i", "a", "-i", "b"}, 2, "", "missing.json"));
    }

    @ParameterizedTest
    @MethodSource("exitCodes")
    void theCliAnswersEachCommandLineWithAnExitCodeAndAMessage(String[] args, int code, String out, String err) {
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int got;
        try {
            got = LinkageCli.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(got).isEqualTo(code);
        assertThat(o.toString(StandardCharsets.UTF_8)).contains(out);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains(err);
    }

    @Test
    void helpListsEveryOptionOfTheCommand() {
        String help = LinkageCli.usage(new EvaluateCommand());
        for (var option : new EvaluateCommand().options()) {
            assertThat(help).contains(option.name());
        }
    }
}
