package ca.harbour.linkage.cli;

import ca.harbour.linkage.engine.LinkageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code dedupe}: find duplicates within one CSV. */
@Command(name = "dedupe", mixinStandardHelpOptions = true, version = LinkageCli.VERSION,
        description = "De-duplicate one CSV file.")
final class DedupeCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        LinkageResult r = options.run(false);
        Summary.print(System.out, r);
        return 0;
    }
}
