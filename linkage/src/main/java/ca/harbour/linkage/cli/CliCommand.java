package ca.harbour.linkage.cli;

import java.util.List;

/** One sub-command of the CLI: its name, one line of description, its options, and what it does. */
interface CliCommand {
    String name();

    String description();

    List<Arguments.Option> options();

    /** Runs with parsed options and returns the exit code. */
    int run(Arguments args);
}
