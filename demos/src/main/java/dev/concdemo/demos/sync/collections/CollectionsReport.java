package dev.concdemo.demos.sync.collections;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo collections} measured; printed as JSON with --json.
 *
 * @param rows one per collection, in the order run
 * @param claims the check-then-act race on a ConcurrentHashMap, and its atomic fix
 */
record CollectionsReport(int threads, int trials, List<Row> rows, Claims claims, long elapsedMs) {

    /**
     * @param addsPerThread elements each thread added per trial (fewer for CopyOnWriteArrayList: each add copies)
     * @param expected elements the collection should hold at the end of a trial
     * @param trialsLost trials that ended with fewer; {@code elementsLost} over all trials
     * @param trialsThrew trials in which an add threw; {@code exceptions}: exception class → times
     * @param trialsHung trials in which a thread never returned (HashMap: a cycle in a bin's tree);
     *     {@code hangs}: which, and where the thread looped
     * @param ms the trials' own time, without starting child JVMs; a hung trial counts until it was given up
     */
    record Row(
            String collection,
            boolean threadSafe,
            int addsPerThread,
            int expected,
            int trialsLost,
            long elementsLost,
            int trialsThrew,
            Map<String, Integer> exceptions,
            int trialsHung,
            List<Hang> hangs,
            long ms) {}

    /** A trial given up on: {@code thread} was still adding, looping in {@code where}. */
    record Hang(int trial, String thread, String where) {}

    /**
     * @param keys keys every thread tried to claim, each once
     * @param claimedTwiceCheckThenAct keys claimed by more than one thread with
     *     {@code if (!map.containsKey(k)) map.put(k, me)} on a ConcurrentHashMap
     * @param claimedTwicePutIfAbsent the same with {@code map.putIfAbsent(k, me) == null}: must be 0
     */
    record Claims(int keys, long claimedTwiceCheckThenAct, long claimedTwicePutIfAbsent) {}
}
