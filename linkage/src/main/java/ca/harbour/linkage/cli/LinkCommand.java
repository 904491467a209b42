package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code link}: find records of the first CSV that match records of the second. */
@Command(name = "link", mixinStandardHelpOptions = true, version = LinkageCli.VERSION,
        description = "Link two CSV files (--input twice).")
final class LinkCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        LinkageResult r = options.run(true);
        Summary.print(System.out, r);
        return 0;
    }
}
