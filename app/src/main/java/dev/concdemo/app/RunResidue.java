package dev.concdemo.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What was running before a shell's run, to tell afterwards what the run left behind: threads
 * that would keep the JVM up (not daemons) and processes below this one.
 */
record RunResidue(Set<Thread> threads, Set<Long> processes) {
    /** What runs now. */
    static RunResidue now() {
        return new RunResidue(Set.copyOf(Thread.getAllStackTraces().keySet()), descendants());
    }

    /**
     * What runs now that did not before, after giving it up to {@code grace} to finish ending:
     * "1 thread(s) [pool-3] and 2 process(es) [4711, 4712]", or "" for nothing.
     */
    String leftSince(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        List<String> newThreads;
        List<Long> newProcesses;
        while (true) {
            newThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !threads.contains(t) && t.isAlive() && !t.isDaemon())
                    .map(Thread::getName)
                    .toList();
            newProcesses =
                    descendants().stream().filter(p -> !processes.contains(p)).toList();
            if ((newThreads.isEmpty() && newProcesses.isEmpty()) || System.nanoTime() > deadline) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        if (!newThreads.isEmpty()) {
            parts.add(newThreads.size() + " thread(s) " + newThreads);
        }
        if (!newProcesses.isEmpty()) {
            parts.add(newProcesses.size() + " process(es) " + newProcesses);
        }
        return String.join(" and ", parts);
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
