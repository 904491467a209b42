package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;

import java.util.List;

/** {@code dedupe}: find duplicates within one CSV. */
final class DedupeCommand implements CliCommand {
    @Override
    public String name() {
        return "dedupe";
    }

    @Override
    public String description() {
        return "De-duplicate one CSV file.";
    }

    @Override
    public List<Arguments.Option> options() {
        return RunOptions.ALL;
    }

    @Override
    public int run(Arguments args) {
        LinkageResult r = new RunOptions(args).run(false);
        Summary.print(System.out, r);
        return 0;
    }
}
