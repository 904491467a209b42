package ca.harbour.linkage.cli;

import ca.harbour.linkage.io.LinkageInputException;
import ca.harbour.linkage.io.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

    private LinkageCli() {}

    public static void main(String[] args) {
        System.exit(run(Locale.getDefault(), args));
    }

    /** Runs the CLI in the JVM's default locale and returns the exit code (for tests). */
    public static int run(String... args) {
        return run(Locale.getDefault(), args);
    }

    /** Runs the CLI with messages in {@code locale} (English unless French) and returns the exit code. */
    public static int run(Locale locale, String... args) {
        try {
            CommandLine cl = new CommandLine(spec(args.length > 0 ? args[0] : "", locale));
            cl.setExecutionStrategy(parsed -> execute(parsed, locale));
            cl.setParameterExceptionHandler((ex, a) -> badCommandLine(ex, locale));
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            System.err.println(Messages.text(locale, "cli.outOfMemory", mb, Math.max(1, mb * 4 >> 10)));
            return 1;
        }
    }

    /**
     * The tool with only the command {@code first} names, or with all three when it names none (for help
     * and for a mistyped command). Each command's model costs picocli a parser of its own (regular
     * expressions compiled, type converters looked up by reflection), and a run uses one. Its help is in
     * {@code locale} (English unless French).
     */
    static CommandSpec spec(String first, Locale locale) {
        CommandSpec tool = command("harbour-linkage", "cli.tool", locale);
        boolean all = !List.of("dedupe", "link", "evaluate").contains(first);
        if (all || first.equals("dedupe")) {
            tool.addSubcommand("dedupe", runCommand("dedupe", "cli.dedupe", locale));
        }
        if (all || first.equals("link")) {
            tool.addSubcommand("link", runCommand("link", "cli.link", locale));
        }
        if (all || first.equals("evaluate")) {
            CommandSpec evaluate = runCommand("evaluate", "cli.evaluate", locale);
            EvaluateCommand.declare(evaluate, locale);
            tool.addSubcommand("evaluate", evaluate);
        }
        return tool;
    }

    private static CommandSpec runCommand(String name, String descriptionKey, Locale locale) {
        CommandSpec c = command(name, descriptionKey, locale);
        RunOptions.declare(c, locale);
        return c;
    }

    private static CommandSpec command(String name, String descriptionKey, Locale locale) {
        CommandSpec c = CommandSpec.create().name(name).version(VERSION);
        c.usageMessage()
                .description(Messages.text(locale, descriptionKey))
                .synopsisHeading(Messages.text(locale, "usage.synopsis"))
                .commandListHeading(Messages.text(locale, "usage.commands"));
        c.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description(Messages.text(locale, "opt.help"))
                .build());
        c.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description(Messages.text(locale, "opt.version"))
                .build());
        return c;
    }

    /**
     * A command line picocli could not parse: what is wrong in the user's language (picocli's own messages
     * are English), then the command's usage, or the names nearest a mistyped one. Exit code 2.
     */
    private static int badCommandLine(CommandLine.ParameterException ex, Locale locale) {
        PrintWriter err = ex.getCommandLine().getErr();
        String what;
        if (ex instanceof CommandLine.MissingParameterException m) {
            what = Messages.text(
                    locale,
                    "cli.missingOptions",
                    m.getMissing().stream()
                            .map(a -> a instanceof OptionSpec o ? o.longestName() : a.paramLabel())
                            .collect(Collectors.joining(", ")));
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            what = Messages.text(locale, "cli.unknownArguments", String.join(" ", u.getUnmatched()));
        } else if (ex.getArgSpec() instanceof OptionSpec o && ex.getValue() != null) {
            what = Messages.text(locale, "cli.invalidValue", o.longestName(), ex.getValue());
        } else {
            what = ex.getMessage();
        }
        err.println(Messages.text(locale, "cli.error", what));
        List<String> near = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        if (near.isEmpty()) {
            ex.getCommandLine().usage(err);
        } else {
            err.println(Messages.text(locale, "cli.didYouMean", String.join(Messages.text(locale, "cli.or"), near)));
        }
        err.flush();
        return 2;
    }

    private static int execute(ParseResult parsed, Locale locale) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
            throw new CommandLine.ParameterException(
                    parsed.commandSpec().commandLine(), Messages.text(locale, "cli.missingCommand"));
        }
        try {
            if (sub.commandSpec().name().equals("evaluate")) {
                return EvaluateCommand.run(sub, locale);
            }
            Summary.print(
                    System.out,
                    RunOptions.of(sub, locale).run(sub.commandSpec().name().equals("link")),
                    locale);
            return 0;
        } catch (LinkageInputException e) {
            sub.commandSpec().commandLine().getErr().println(Messages.text(locale, "cli.error", e));
            return 2;
        }
    }
}
