package dev.concdemo.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * A small live figure for {@code explain gc}, measured in this JVM when asked: a reference
 * cycle that reference counting could never free is collected by the JVM's tracing collector,
 * and short-lived garbage is swept by young collections while the old generation is left
 * alone ({@link GarbageCollectorMXBean} counts both). Takes a fraction of a second.
 */
final class GcFigure {
    private GcFigure() {}

    /**
     * What was measured: whether the cycle was collected and by which System.gc() call (0: not
     * within 5), the MB of short-lived arrays allocated, the young and old collections they made,
     * the collections the System.gc() calls made, and the collectors' names.
     */
    record Result(
            boolean cycleCollected,
            int gcCallsNeeded,
            long allocatedMb,
            long youngCollections,
            long oldCollections,
            long collectionsBySystemGc,
            List<String> collectors) {}

    /** Two objects that point at each other: each has a reference count of one, for good. */
    private static final class Node {
        Node other;
        final byte[] payload = new byte[256 * 1024];
    }

    private static volatile Object sink; // keeps the allocation loop from being optimised away

    static Result measure() {
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        long[] before = counts(beans);

        // Short-lived arrays, 64 KB each, a few live at a time: 64 MB at a time until the young
        // generation has been collected at least once (or 4 GB, on a heap too large for that).
        long allocatedMb = 0;
        Object[] ring = new Object[16];
        long[] afterAllocation;
        do {
            for (int i = 0; i < 64 * 16; i++) {
                ring[i % ring.length] = new byte[64 * 1024];
            }
            allocatedMb += 64;
            sink = ring;
            afterAllocation = counts(beans);
        } while (youngSince(beans, before, afterAllocation) == 0 && allocatedMb < 4096);
        sink = null;

        WeakReference<Node> watched = cycle();
        int calls = 0;
        while (watched.get() != null && calls < 5) {
            System.gc();
            calls++;
        }
        boolean collected = watched.get() == null;
        long[] afterGc = counts(beans);

        long young = 0;
        long old = 0;
        long bySystemGc = 0;
        for (int i = 0; i < beans.size(); i++) {
            long made = afterAllocation[i] - before[i];
            if (isYoung(beans.get(i).getName())) {
                young += made;
            } else {
                old += made;
            }
            bySystemGc += afterGc[i] - afterAllocation[i];
        }
        return new Result(
                collected,
                collected ? calls : 0,
                allocatedMb,
                young,
                old,
                bySystemGc,
                beans.stream().map(GarbageCollectorMXBean::getName).toList());
    }

    private static WeakReference<Node> cycle() {
        Node a = new Node();
        Node b = new Node();
        a.other = b;
        b.other = a;
        return new WeakReference<>(a); // a and b go out of scope here: unreachable, yet each still referenced
    }

    private static long youngSince(List<GarbageCollectorMXBean> beans, long[] before, long[] now) {
        long young = 0;
        for (int i = 0; i < beans.size(); i++) {
            if (isYoung(beans.get(i).getName())) {
                young += now[i] - before[i];
            }
        }
        return young;
    }

    /** G1 "Young Generation", Serial "Copy", Parallel "PS Scavenge", ZGC/Shenandoah "Minor"/"Young". */
    static boolean isYoung(String collector) {
        return collector.contains("Young")
                || collector.contains("Copy")
                || collector.contains("Scavenge")
                || collector.contains("Minor");
    }

    private static long[] counts(List<GarbageCollectorMXBean> beans) {
        long[] counts = new long[beans.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.max(0, beans.get(i).getCollectionCount());
        }
        return counts;
    }
}
