package dev.concdemo.demos.coro.greenlet;

import java.util.List;

/**
 * What {@code concdemo greenlet} measured; printed as JSON with --json.
 *
 * @param printed what g1 and g2 printed, in order: 1 2 3 4
 * @param thread the one thread both greenlets ran on
 * @param switches how many times a greenlet was resumed in step 1
 * @param callNsPerItem an item handed to a consumer by a plain call
 * @param switchNsPerItem an item handed over by switching to a coroutine and back
 * @param blockMs each task's block (two each, two tasks)
 * @param greenletsMs the two tasks as greenlets: the blocks add up
 * @param virtualThreadsMs the same tasks as virtual threads: the blocks overlap
 */
record GreenletReport(
        List<String> printed,
        String thread,
        long switches,
        int items,
        double callNsPerItem,
        double switchNsPerItem,
        long blockMs,
        long greenletsMs,
        long virtualThreadsMs) {}
