package ca.harbour.linkage.cli;

import ca.harbour.linkage.io.LinkageInputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Command-line entry point: {@code dedupe}, {@code link} and {@code evaluate}. Exit code 0 on success,
 * 2 on bad input (message on stderr naming file, row and column) or a bad command line, 1 on other failures
 * (running out of heap among them, with a message saying how to give more).
 *
 * <p>The commands are declared with picocli's programmatic API rather than its annotations: reading
 * annotations by reflection (one dynamic proxy class spun per annotation type) took a fifth of a short
 * run's time.
 */
public final class LinkageCli {
    /** What {@code --version} prints, for the tool and each of its commands. */
    static final String VERSION = "harbour-linkage 0.1";

    private LinkageCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (for tests). */
    public static int run(String... args) {
        try {
            CommandLine cl = new CommandLine(spec());
            cl.setExecutionStrategy(LinkageCli::execute);
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            System.err.println("error: out of memory: this input needs more than the " + mb + " MB of Java heap"
                    + " given; give it more, e.g. JAVA_OPTS=-Xmx" + Math.max(1, mb * 4 >> 10) + "g (records"
                    + " beyond 4 KB of heap each, and the blocking index beyond a quarter of the heap, are kept"
                    + " on disk; about 25 bytes per record and 30 per pair found are not)");
            return 1;
        }
    }

    /** The tool and its three commands. */
    static CommandSpec spec() {
        CommandSpec tool = command("harbour-linkage",
                "De-duplicate and link records of any CSV described by a small JSON file.");
        CommandSpec dedupe = command("dedupe", "De-duplicate one CSV file.");
        CommandSpec link = command("link", "Link two CSV files (--input twice).");
        CommandSpec evaluate = command("evaluate", EvaluateCommand.DESCRIPTION);
        for (CommandSpec c : new CommandSpec[]{dedupe, link, evaluate}) {
            RunOptions.declare(c);
        }
        EvaluateCommand.declare(evaluate);
        tool.addSubcommand("dedupe", dedupe);
        tool.addSubcommand("link", link);
        tool.addSubcommand("evaluate", evaluate);
        return tool;
    }

    private static CommandSpec command(String name, String description) {
        CommandSpec c = CommandSpec.create().name(name).version(VERSION);
        c.usageMessage().description(description);
        c.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.")
                .build());
        c.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return c;
    }

    private static int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
            throw new CommandLine.ParameterException(parsed.commandSpec().commandLine(), "Missing required subcommand");
        }
        try {
            if (sub.commandSpec().name().equals("evaluate")) {
                return EvaluateCommand.run(sub);
            }
            Summary.print(System.out, RunOptions.of(sub).run(sub.commandSpec().name().equals("link")));
            return 0;
        } catch (LinkageInputException e) {
            sub.commandSpec().commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
