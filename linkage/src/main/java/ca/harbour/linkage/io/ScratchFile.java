package ca.harbour.linkage.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Scratch files for data that does not fit the heap: created in a folder, opened for reading and writing,
 * and unlinked at once, so nothing is left behind whatever happens to the process. The channel is closed,
 * and the space returned, when its owner is no longer reachable.
 */
public final class ScratchFile {
    private static final Cleaner CLEANER = Cleaner.create();

    private ScratchFile() {}

    /**
     * Opens a new unlinked file in {@code dir}, closed once {@code owner} is unreachable.
     *
     * @param what what the file holds, for the error message
     */
    public static FileChannel open(Path dir, Object owner, String what) {
        FileChannel f;
        try {
            Path p = Files.createTempFile(dir, "harbour-linkage-", ".bin");
            f = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for " + what + " in " + dir, e);
        }
        CLEANER.register(owner, () -> {
            try {
                f.close();
            } catch (IOException e) {
                // the file is unlinked already: closing only returns its space
            }
        });
        return f;
    }
}
