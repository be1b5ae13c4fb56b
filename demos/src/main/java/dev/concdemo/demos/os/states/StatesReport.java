package dev.concdemo.demos.os.states;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo states} sampled; printed as JSON with --json.
 *
 * @param samples per thread at most; {@code sampleMs} the sampler's mean period
 * @param kernelView whether the kernel's view was read (Linux); without it, Java's alone
 * @param threads each worker: its samples' letters, Java's ({@code U} RUNNABLE, {@code L}
 *     BLOCKED, {@code W} WAITING, {@code T} TIMED_WAITING) and the kernel's ({@code R}
 *     running, {@code r} ready, {@code b} blocked), one per sample
 * @param transitions the kernel view's changes over all threads, by kind ("ready->running", ...): a
 *     thread only blocks from running, and a woken one is ready first, so "ready then blocked" in two
 *     samples counts ready->running and running->blocked, and "blocked then running" blocked->ready and
 *     ready->running
 * @param transitionsInferred how many of those fell between two samples, filled in by those rules
 */
record StatesReport(
        long samples,
        double sampleMs,
        boolean kernelView,
        List<ThreadRow> threads,
        Map<String, Integer> transitions,
        int transitionsInferred,
        long elapsedMs) {

    /**
     * @param kernelCounts samples in each kernel state (the counts below are samples too)
     * @param runnableButBlocked samples where Java said RUNNABLE and the kernel the thread slept
     * @param runnableButReady samples where Java said RUNNABLE and the kernel it waited for a CPU
     */
    record ThreadRow(
            String name,
            long tid,
            String java,
            String kernel,
            Map<String, Integer> kernelCounts,
            int runnableButBlocked,
            int runnableButReady) {}
}
