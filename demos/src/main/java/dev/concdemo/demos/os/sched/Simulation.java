package dev.concdemo.demos.os.sched;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a job list under one algorithm, a whole time unit at a time: exact and repeatable.
 * At each instant t: the policy's tick, then the arrivals at t (in --jobs order), then
 * whether the running job stops, then who runs next; then one unit of CPU.
 */
final class Simulation {
    /** A stretch of time one job ran, at one level (mlfq); a null job is the CPU idle. */
    record Slice(String job, int start, int end, int level) {}

    /**
     * A newcomer took the CPU from a job before its slice ended (srtf; mlfq, from a job of a
     * lower level): {@code job} was running at {@code level}, {@code by} arrived at {@code time}.
     */
    record Preemption(int time, String job, int level, String by) {}

    /** What waited where when a job was picked (for --verbose). */
    record Decision(int time, List<List<String>> queues, String picked) {}

    /** The schedule: the timeline, when each job first ran and finished, and every decision. */
    record Result(
            Algo algo,
            List<Slice> timeline,
            Map<String, Integer> firstRun,
            Map<String, Integer> finish,
            List<Decision> decisions,
            List<Preemption> preemptions) {
        int end() {
            return timeline.isEmpty() ? 0 : timeline.getLast().end();
        }
    }

    private Simulation() {}

    static Result run(Algo algo, List<Job> jobs, int quantum, int boost) {
        Policy policy = algo.policy(quantum, boost);
        List<Task> arriving = jobs.stream()
                .sorted(Comparator.comparingInt(Job::arrival).thenComparingInt(Job::order))
                .map(Task::new)
                .toList();
        List<Slice> timeline = new ArrayList<>();
        Map<String, Integer> firstRun = new LinkedHashMap<>();
        Map<String, Integer> finish = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>();
        List<Preemption> preemptions = new ArrayList<>();
        int next = 0; // the next job of `arriving`
        int stoppedLevel = 0;
        Task running = null;
        for (int t = 0; finish.size() < jobs.size(); t++) {
            policy.tick(t);
            while (next < arriving.size() && arriving.get(next).job.arrival() == t) {
                policy.arrive(arriving.get(next++));
            }
            Task stopped = null; // stopped with its slice not used up: preempted, if a newcomer runs now
            if (running != null) {
                int slice = policy.slice(running);
                int level = policy.level(running);
                if (policy.stop(running)) {
                    if (running.sliceUsed < slice) {
                        stopped = running;
                        stoppedLevel = level;
                    }
                    running = null;
                }
            }
            if (running == null) {
                List<List<String>> waiting = policy.queues();
                running = policy.next();
                if (running != null && stopped != null && running.job.arrival() == t) {
                    preemptions.add(new Preemption(t, stopped.name(), stoppedLevel, running.name()));
                }
                if (running != null) {
                    running.sliceUsed = 0;
                    firstRun.putIfAbsent(running.name(), t);
                    decisions.add(new Decision(t, waiting, running.name()));
                }
            }
            String who = running == null ? null : running.name();
            int level = running == null ? -1 : policy.level(running);
            extend(timeline, who, t, level);
            if (running != null) {
                running.remaining--;
                running.sliceUsed++;
                if (running.remaining == 0) {
                    finish.put(running.name(), t + 1);
                    running = null;
                }
            }
        }
        return new Result(
                algo, List.copyOf(timeline), firstRun, finish, List.copyOf(decisions), List.copyOf(preemptions));
    }

    /** Adds the unit [t, t+1) to the timeline, merged with the slice before it if the same. */
    private static void extend(List<Slice> timeline, String job, int t, int level) {
        if (!timeline.isEmpty()) {
            Slice last = timeline.getLast();
            if (last.end() == t && java.util.Objects.equals(last.job(), job) && last.level() == level) {
                timeline.set(timeline.size() - 1, new Slice(job, last.start(), t + 1, level));
                return;
            }
        }
        timeline.add(new Slice(job, t, t + 1, level));
    }
}
