package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.term.Narrator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Watches the workers the way a database watches transactions: polls the JVM for a
 * wait-for cycle ({@link ThreadMXBean#findDeadlockedThreads}, the check jstack makes),
 * shows it, and breaks it. Left alone, the JVM sees a deadlock but never ends it.
 *
 * <p>Breaking it: the threads queued behind the cycle are cancelled first (with the ABBA
 * order they would only form the next deadlock), then one member of the cycle, the
 * victim, is interrupted out of its {@code lockInterruptibly}; it releases what it holds
 * and gives up, and the rest of the cycle runs to the end. The victim is the member that
 * has done the least work, as a database rolls back the cheapest transaction.
 */
final class Watchdog {
    static final Duration POLL = Duration.ofMillis(50);
    static final String LABEL = "watchdog";

    private final ThreadMXBean jvm = ManagementFactory.getThreadMXBean();
    private final List<Worker> workers;
    private final LockNames names;
    private final Narrator narrator;
    private final Set<String> transientCycles = new HashSet<>(); // distinct cycles that dissolved

    /**
     * What the watchdog saw, for the report.
     *
     * @param deadlock the first deadlock it found (null if none)
     * @param detectedAtNanos when it found that one
     * @param victim the thread it interrupted to break that one
     * @param deadlocks how many deadlocks it found and broke in all
     */
    record Observation(
            WaitForCycle deadlock,
            long detectedAtNanos,
            String victim,
            int deadlocks,
            int transientCycles,
            boolean timedOut) {}

    Watchdog(List<Worker> workers, LockNames names, Narrator narrator) {
        this.workers = workers;
        this.names = names;
        this.narrator = narrator;
    }

    /**
     * Watches until every worker has ended, or until {@code deadline} (System.nanoTime)
     * passes. Every deadlock it sees, it shows and breaks.
     */
    Observation watch(long deadline) throws InterruptedException {
        WaitForCycle first = null;
        long detectedAt = 0;
        String firstVictim = null;
        int deadlocks = 0;
        while (workers.stream().anyMatch(Thread::isAlive)) {
            if (Thread.interrupted()) {
                throw new InterruptedException(); // the run is cancelled: the caller stops every worker
            }
            if (System.nanoTime() - deadline > 0) {
                endAll();
                return new Observation(first, detectedAt, firstVictim, deadlocks, transientCycles.size(), true);
            }
            Optional<WaitForCycle> found = findCycle();
            if (found.isPresent() && found.get().permanent()) {
                WaitForCycle cycle = found.get();
                long now = System.nanoTime();
                show(cycle, now);
                cancelBystanders(cycle);
                String victim = interruptVictim(cycle);
                if (first == null) {
                    first = cycle;
                    detectedAt = now;
                    firstVictim = victim;
                }
                deadlocks++;
            }
            workers.stream().filter(Thread::isAlive).findFirst().ifPresent(w -> join(w, POLL));
        }
        return new Observation(first, detectedAt, firstVictim, deadlocks, transientCycles.size(), false);
    }

    /** The JVM's current wait-for cycle, if any, in our names. */
    private Optional<WaitForCycle> findCycle() {
        long[] ids = jvm.findDeadlockedThreads();
        if (ids == null) {
            return Optional.empty();
        }
        Map<Long, ThreadInfo> byId = new HashMap<>();
        for (ThreadInfo info : jvm.getThreadInfo(ids, false, true)) {
            if (info == null) {
                return Optional.empty(); // a thread ended meanwhile: not a deadlock
            }
            byId.put(info.getThreadId(), info);
        }
        // Follow "waits for a lock held by" from the lowest-numbered thread until a thread
        // repeats: the repeat closes the cycle. The JVM also reports threads blocked behind
        // the cycle (waiting for a lock a member holds); the walk leaves them out.
        ThreadInfo start = byId.values().stream()
                .min(Comparator.comparing(i -> number(i.getThreadName())))
                .orElseThrow();
        List<ThreadInfo> path = new ArrayList<>();
        Map<Long, Integer> seenAt = new HashMap<>();
        ThreadInfo at = start;
        while (at != null && !seenAt.containsKey(at.getThreadId())) {
            seenAt.put(at.getThreadId(), path.size());
            path.add(at);
            at = byId.get(at.getLockOwnerId());
        }
        if (at == null) {
            return Optional.empty(); // the chain left the reported set: nothing we can name
        }
        List<ThreadInfo> members = new ArrayList<>(path.subList(seenAt.get(at.getThreadId()), path.size()));
        int lowest = members.indexOf(members.stream()
                .min(Comparator.comparing(i -> number(i.getThreadName())))
                .orElseThrow());
        Collections.rotate(members, -lowest);

        List<WaitForCycle.Edge> edges = new ArrayList<>();
        boolean permanent = true;
        long formedAt = 0;
        for (ThreadInfo member : members) {
            List<String> holds = Arrays.stream(member.getLockedSynchronizers())
                    .map(names::name)
                    .sorted()
                    .toList();
            edges.add(new WaitForCycle.Edge(
                    member.getThreadName(), holds, names.name(member.getLockInfo()), member.getLockOwnerName()));
            Thread.State state = member.getThreadState();
            permanent &= state == Thread.State.WAITING || state == Thread.State.BLOCKED; // no timeout
            formedAt = Math.max(
                    formedAt,
                    worker(member.getThreadName())
                            .map(Worker::waitingSinceNanos)
                            .orElse(0L));
        }
        WaitForCycle cycle =
                new WaitForCycle(List.copyOf(edges), permanent, formedAt == 0 ? System.nanoTime() : formedAt);
        if (!permanent) {
            transientCycles.add(edges + "@" + formedAt);
        }
        return Optional.of(cycle);
    }

    private void show(WaitForCycle cycle, long detectedAt) {
        long afterMs = (detectedAt - cycle.formedAtNanos()) / 1_000_000;
        narrator.event(
                LABEL,
                Narrator.style("bold,fg_red", "DEADLOCK") + " found by ThreadMXBean.findDeadlockedThreads, " + afterMs
                        + " ms after it formed:");
        narrator.sayPlain("");
        cycle.render("      ").forEach(narrator::sayPlain);
        narrator.sayPlain("");
    }

    private int cancelBystanders(WaitForCycle cycle) {
        List<Worker> bystanders = workers.stream()
                .filter(w -> w.isAlive() && !cycle.threadNames().contains(w.getName()))
                .toList();
        if (bystanders.isEmpty()) {
            return 0;
        }
        narrator.event(
                LABEL,
                "cancelling the %d thread(s) queued behind the cycle (with ABBA order they would only deadlock again)"
                        .formatted(bystanders.size()));
        for (Worker w : bystanders) {
            w.endAs(Worker.Outcome.CANCELLED);
            w.interrupt();
        }
        bystanders.forEach(w -> join(w, POLL.multipliedBy(20)));
        return bystanders.size();
    }

    private String interruptVictim(WaitForCycle cycle) {
        Worker victim = cycle.threadNames().stream()
                .map(this::worker)
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(Worker::locksTaken)
                        .thenComparing(Worker::waitingSinceNanos, Comparator.reverseOrder()))
                .orElseThrow();
        narrator.event(
                LABEL,
                "breaking the cycle: interrupting %s, the member that has done the least work (%d lock(s) taken)"
                        .formatted(victim.getName(), victim.locksTaken()));
        victim.endAs(Worker.Outcome.VICTIM);
        victim.interrupt();
        join(victim, POLL.multipliedBy(20)); // gone before the next look, so it is not seen twice
        return victim.getName();
    }

    /** Past the deadline: cancel everything so that no thread outlives the run. */
    private void endAll() {
        narrator.event(LABEL, Narrator.style("bold,fg_red", "the run overran its deadline; cancelling every thread"));
        for (Worker w : workers) {
            w.endAs(Worker.Outcome.CANCELLED);
            w.interrupt();
        }
        workers.forEach(w -> join(w, POLL.multipliedBy(20)));
    }

    private static void join(Thread thread, Duration atMost) {
        try {
            thread.join(atMost);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run is being cancelled: stop waiting, keep the flag
        }
    }

    private Optional<Worker> worker(String name) {
        return workers.stream().filter(w -> w.getName().equals(name)).findFirst();
    }

    private static int number(String threadName) {
        String digits = threadName.replaceAll("\\D", "");
        return digits.isEmpty()
                ? Integer.MAX_VALUE
                : Integer.parseInt(digits.substring(0, Math.min(9, digits.length())));
    }
}
