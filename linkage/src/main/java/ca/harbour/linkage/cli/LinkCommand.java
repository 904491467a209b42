package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;

import java.util.List;

/** {@code link}: find records of the first CSV that match records of the second. */
final class LinkCommand implements CliCommand {
    @Override
    public String name() {
        return "link";
    }

    @Override
    public String description() {
        return "Link two CSV files (--input twice).";
    }

    @Override
    public List<Arguments.Option> options() {
        return RunOptions.ALL;
    }

    @Override
    public int run(Arguments args) {
        LinkageResult r = new RunOptions(args).run(true);
        Summary.print(System.out, r);
        return 0;
    }
}
