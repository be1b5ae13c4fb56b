package dev.concdemo.demos.coro.vthreads;

/**
 * What {@code concdemo vthreads} measured; printed as JSON with --json. Times in ms.
 *
 * @param mainThread main's {@code Thread.currentThread()} (the seed's MainThread)
 * @param taskThread what {@code Thread.currentThread()} says inside a task (the seed's DummyThread)
 * @param g1Value func1's return value, through its future (gevent's g1.value)
 * @param joinallMs func1 (2 s) and func2 (3 s) on virtual threads here: about the longer
 * @param oneCarrierPatchedMs the same on one carrier, sleeping with Thread.sleep: still the longer
 * @param oneCarrierUnpatchedMs on one carrier, sleeping in C: the sum
 * @param tasks sleeping tasks run at once
 * @param tasksMs how long they took, all together
 * @param carriersUsed distinct carrier threads that ran them
 * @param peakJvmThreads the most threads this JVM had meanwhile
 * @param carriersHere this JVM's scheduler parallelism (its number of carriers)
 * @param starvedHereMs how late a 10 ms ticker woke, at worst, beside a CPU-bound virtual thread here
 * @param starvedOneCarrierMs the same on one carrier: about the whole computation
 * @param increments each of two virtual threads' unsynchronized n += 1 count
 * @param rounds how many times the two threads counted; the n's are summed
 * @param countHere the final n here, summed (two carriers in parallel: updates lost)
 * @param countOneCarrier the final n on one carrier (never preempted: none lost)
 */
record VthreadsReport(
        String mainThread,
        String taskThread,
        int g1Value,
        long joinallMs,
        long oneCarrierPatchedMs,
        long oneCarrierUnpatchedMs,
        int tasks,
        long tasksMs,
        int carriersUsed,
        int peakJvmThreads,
        int carriersHere,
        double starvedHereMs,
        long starvedOneCarrierMs,
        int increments,
        int rounds,
        long countHere,
        long countOneCarrier) {}
