package ca.harbour.linkage.cli;

import ca.harbour.linkage.io.LinkageInputException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line entry point: {@code dedupe}, {@code link} and {@code evaluate}. Exit code 0 on success,
 * 2 on bad input or a bad command line (message on stderr naming file, row and column, or the option),
 * 1 on other failures.
 */
public final class LinkageCli {
    static final String VERSION = "harbour-linkage 0.1";
    private static final List<CliCommand> COMMANDS = List.of(new DedupeCommand(), new LinkCommand(), new EvaluateCommand());
    private static final List<Arguments.Option> HELP = List.of(
            Arguments.Option.flag("Show this help message and exit.", "-h", "--help"),
            Arguments.Option.flag("Print version information and exit.", "-V", "--version"));

    private LinkageCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (for tests). */
    public static int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (args.length == 0) {
            err.println("error: missing command");
            err.print(usage());
            return 2;
        }
        if (isAny(args[0], "-V", "--version")) {
            out.println(VERSION);
            return 0;
        }
        if (isAny(args[0], "-h", "--help")) {
            out.print(usage());
            return 0;
        }
        CliCommand command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("error: unknown command '" + args[0] + "'");
            err.print(usage());
            return 2;
        }
        if (Arrays.stream(args).anyMatch(a -> isAny(a, "-h", "--help"))) {
            out.print(usage(command));
            return 0;
        }
        if (Arrays.stream(args).anyMatch(a -> isAny(a, "-V", "--version"))) {
            out.println(VERSION);
            return 0;
        }
        try {
            return command.run(Arguments.parse(command.options(), Arrays.copyOfRange(args, 1, args.length)));
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Try 'harbour-linkage " + command.name() + " --help'.");
            return 2;
        } catch (LinkageInputException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            e.printStackTrace(err);
            return 1;
        }
    }

    private static boolean isAny(String arg, String... names) {
        for (String n : names) {
            if (n.equals(arg)) {
                return true;
            }
        }
        return false;
    }

    static String usage() {
        StringBuilder b = new StringBuilder();
        b.append("Usage: harbour-linkage [-hV] COMMAND [OPTIONS]\n");
        b.append("De-duplicate and link records of any CSV described by a small JSON file.\n");
        b.append(Arguments.describe(HELP));
        b.append("Commands:\n");
        for (CliCommand c : COMMANDS) {
            b.append("  ").append(c.name()).append(" ".repeat(10 - c.name().length())).append(c.description()).append('\n');
        }
        return b.toString();
    }

    static String usage(CliCommand c) {
        return "Usage: harbour-linkage " + c.name() + " [OPTIONS]\n" + c.description() + "\n"
                + Arguments.describe(c.options()) + Arguments.describe(HELP);
    }
}
