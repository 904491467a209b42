package ca.harbour.linkage.cli;

import ca.harbour.linkage.io.LinkageInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry point: {@code dedupe}, {@code link} and {@code evaluate}. Exit code 0 on success,
 * 2 on bad input (message on stderr naming file, row and column), 1 on other failures (running out of
 * heap among them, with a message saying how to give more).
 */
@Command(name = "harbour-linkage", mixinStandardHelpOptions = true, version = LinkageCli.VERSION,
        description = "De-duplicate and link records of any CSV described by a small JSON file.",
        subcommands = {DedupeCommand.class, LinkCommand.class, EvaluateCommand.class})
public final class LinkageCli {
    /** What {@code --version} prints, for the tool and each of its commands. */
    static final String VERSION = "harbour-linkage 0.1";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (for tests). */
    public static int run(String... args) {
        try {
            CommandLine cl = new CommandLine(new LinkageCli());
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
                if (ex instanceof LinkageInputException) {
                    cmd.getErr().println("error: " + ex.getMessage());
                    return 2;
                }
                throw ex;
            });
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            System.err.println("error: out of memory: this input needs more than the " + mb + " MB of Java heap"
                    + " given; give it more, e.g. JAVA_OPTS=-Xmx" + Math.max(1, mb * 4 >> 10) + "g (records"
                    + " beyond 4 KB of heap each are kept on disk, the blocking index is not)");
            return 1;
        }
    }
}
