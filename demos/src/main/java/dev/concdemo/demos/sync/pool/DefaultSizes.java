package dev.concdemo.demos.sync.pool;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** How big each runtime's pools are when nobody says: Python's (the seed's note, and today's) beside Java's. */
record DefaultSizes(int cores, List<Row> rows) {
    record Row(String pool, String size) {}

    static DefaultSizes of(int cores) {
        return new DefaultSizes(
                cores,
                List.of(
                        new Row("Python ThreadPoolExecutor(), as the seed says (3.5-3.7)", "CPU x 5 = " + cores * 5),
                        new Row(
                                "Python ThreadPoolExecutor(), 3.8 and later",
                                "min(32, CPU + 4) = " + Math.min(32, cores + 4)),
                        new Row("Python ProcessPoolExecutor()", "CPU = " + cores),
                        new Row("Java Executors.newFixedThreadPool(n)", "no default: you say n"),
                        new Row(
                                "Java ForkJoinPool.commonPool() (parallel streams, async)",
                                "CPU - 1 = " + ForkJoinPool.getCommonPoolParallelism()),
                        new Row("Java Executors.newCachedThreadPool()", "unbounded: a thread per waiting task"),
                        new Row("Java Executors.newVirtualThreadPerTaskExecutor()", "a virtual thread per task")));
    }
}
