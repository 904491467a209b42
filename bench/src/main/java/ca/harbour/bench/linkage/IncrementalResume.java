package ca.harbour.bench.linkage;

import ca.harbour.linkage.engine.BatchLinker;
import ca.harbour.linkage.engine.IncrementalLinker;
import ca.harbour.linkage.engine.LinkageResult;
import ca.harbour.linkage.io.DescriptionReader;
import ca.harbour.linkage.io.RecordSource;
import ca.harbour.linkage.model.DatasetDescription;
import ca.harbour.linkage.model.Record;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The incremental API as the intelligence workspace would use it: de-duplicate all but the last
 * {@code adds} records of a file in one batch, resume a live linker from that result, then add the rest one
 * at a time. Prints the batch time, the resume time and heap, and the median, 99th percentile and largest
 * time of one add, and how many added records joined an entity of the batch.
 * With a fourth argument {@code replay}, the live linker is instead built by adding the batch's records one
 * at a time (what resuming saves), and that time is printed as the resume time.
 * Usage: {@code IncrementalResume <description.json> <input.csv> <adds> [replay]}.
 */
public final class IncrementalResume {
    private IncrementalResume() {}

    public static void main(String[] args) {
        DatasetDescription d = DescriptionReader.read(Path.of(args[0]));
        List<Record> records = RecordSource.read(Path.of(args[1]), d);
        int adds = Integer.parseInt(args[2]);
        List<Record> batchRecords = records.subList(0, records.size() - adds);
        long t0 = System.nanoTime();
        LinkageResult batch = new BatchLinker(d, 0).dedupe(batchRecords);
        long t1 = System.nanoTime();
        IncrementalLinker live;
        if (args.length > 3 && args[3].equals("replay")) {
            live = new IncrementalLinker(batch.model());
            batchRecords.forEach(live::add);
        } else {
            live = IncrementalLinker.resume(batch);
        }
        long t2 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        long[] each = new long[adds];
        int joined = 0;
        for (int k = 0; k < adds; k++) {
            Record r = records.get(batchRecords.size() + k);
            long s = System.nanoTime();
            IncrementalLinker.Added a = live.add(r);
            each[k] = System.nanoTime() - s;
            if (!a.matches().isEmpty()) {
                joined++;
            }
        }
        Arrays.sort(each);
        System.out.printf(
                "batch of %d records: %.2f s; %s: %.2f s, heap after it %d MB%n",
                batchRecords.size(), (t1 - t0) / 1e9, args.length > 3 ? args[3] : "resume", (t2 - t1) / 1e9, heapMb);
        System.out.printf(
                "%d adds: median %.3f ms, p99 %.3f ms, max %.3f ms; %d matched an earlier record%n",
                adds, each[adds / 2] / 1e6, each[(int) (adds * 0.99)] / 1e6, each[adds - 1] / 1e6, joined);
    }
}
