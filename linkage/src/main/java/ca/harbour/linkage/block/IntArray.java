package ca.harbour.linkage.block;

import ca.harbour.linkage.io.ScratchFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A fixed-length array of ints, on the heap or in a memory-mapped scratch file. The blocking index keeps
 * its large arrays in a file when they would take more than its share of the heap: the kernel then keeps
 * as much of them in memory as it can spare, and drops pages it needs.
 */
abstract class IntArray {
    abstract int get(int i);

    abstract void set(int i, int v);

    abstract int length();

    /** An array of {@code n} zeros on the heap. */
    static IntArray onHeap(int n) {
        return new Heap(new int[n]);
    }

    /** An array of {@code n} zeros in a new scratch file in {@code dir}, removed once the array is unreachable. */
    static IntArray inFile(int n, Path dir) {
        return new Mapped(n, dir);
    }

    private static final class Heap extends IntArray {
        private final int[] a;

        Heap(int[] a) {
            this.a = a;
        }

        @Override
        int get(int i) {
            return a[i];
        }

        @Override
        void set(int i, int v) {
            a[i] = v;
        }

        @Override
        int length() {
            return a.length;
        }
    }

    private static final class Mapped extends IntArray {
        /** Ints per mapping: 2^27 (512 MB), within a mapping's 2 GB limit. */
        private static final int SHIFT = 27;

        private static final int MASK = (1 << SHIFT) - 1;
        private final IntBuffer[] segments;
        private final int length;

        Mapped(int n, Path dir) {
            length = n;
            segments = new IntBuffer[(int) (((long) n + MASK) >>> SHIFT)];
            FileChannel f = ScratchFile.open(dir, this, "the blocking index");
            try {
                for (int s = 0; s < segments.length; s++) {
                    long from = (long) s << SHIFT;
                    long ints = Math.min(n - from, 1L << SHIFT);
                    segments[s] = f.map(FileChannel.MapMode.READ_WRITE, from * 4, ints * 4)
                            .asIntBuffer();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map the temporary blocking-index file in " + dir, e);
            }
        }

        @Override
        int get(int i) {
            return segments[i >>> SHIFT].get(i & MASK);
        }

        @Override
        void set(int i, int v) {
            segments[i >>> SHIFT].put(i & MASK, v);
        }

        @Override
        int length() {
            return length;
        }
    }
}
