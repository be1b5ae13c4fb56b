package dev.concdemo.demos.os.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Worked examples, computed by hand on the textbook's jobs A:0:8, B:1:4, C:2:9, D:3:5 (Q = 2),
 * which the simulation must match exactly: each row is first run, finish, waiting, response.
 * The default adds E:10:2, a newcomer that preempts in mlfq.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SimulationTest {
    private static final List<Job> JOBS = Job.parse("A:0:8,B:1:4,C:2:9,D:3:5");

    private static SchedReport.Schedule run(Algo algo, List<Job> jobs, int quantum, int boost) {
        return SchedReport.of(Simulation.run(algo, jobs, quantum, boost), jobs, quantum, boost);
    }

    /** "first finish waiting response" per job, in --jobs order. */
    private static List<String> rows(SchedReport.Schedule s) {
        return s.jobs().stream()
                .map(j -> "%s %d %d %d %d".formatted(j.name(), j.firstRun(), j.finish(), j.waiting(), j.response()))
                .toList();
    }

    private static String timeline(SchedReport.Schedule s) {
        return String.join(
                " ",
                s.timeline().stream()
                        .map(t -> "%s%d-%d%s"
                                .formatted(t.job(), t.start(), t.end(), t.level() == null ? "" : "L" + t.level()))
                        .toList());
    }

    @Test
    void fcfsIsAConvoyBehindTheFirstLongJob() {
        SchedReport.Schedule s = run(Algo.FCFS, JOBS, 2, 0);
        assertEquals("A0-8 B8-12 C12-21 D21-26", timeline(s));
        assertEquals(List.of("A 0 8 0 0", "B 8 12 7 7", "C 12 21 10 10", "D 21 26 18 18"), rows(s));
        assertEquals(8.75, s.averages().waiting());
        assertEquals(15.25, s.averages().turnaround());
    }

    @Test
    void sjfRunsTheShortestWaitingJobWhenTheCpuIsFreeButDoesNotPreempt() {
        SchedReport.Schedule s = run(Algo.SJF, JOBS, 2, 0);
        assertEquals("A0-8 B8-12 D12-17 C17-26", timeline(s));
        assertEquals(List.of("A 0 8 0 0", "B 8 12 7 7", "C 17 26 15 15", "D 12 17 9 9"), rows(s));
        assertEquals(7.75, s.averages().waiting());
        assertEquals(7.75, s.averages().response());
    }

    @Test
    void srtfPreemptsForAShorterNewcomer() {
        SchedReport.Schedule s = run(Algo.SRTF, JOBS, 2, 0);
        assertEquals("A0-1 B1-5 D5-10 A10-17 C17-26", timeline(s));
        assertEquals(List.of("A 0 17 9 0", "B 1 5 0 0", "C 17 26 15 15", "D 5 10 2 2"), rows(s));
        assertEquals(6.5, s.averages().waiting()); // the textbook's answer for this set
    }

    @Test
    void roundRobinQueuesANewcomerBeforeTheJobWhoseSliceEndedAndAnswersSoonerThanSjf() {
        SchedReport.Schedule s = run(Algo.RR, JOBS, 2, 0);
        // At t=2 C arrives as A's slice ends: C is queued before A, so B, C, A.
        assertEquals("A0-2 B2-4 C4-6 A6-8 D8-10 B10-12 C12-14 A14-16 D16-18 C18-20 A20-22 D22-23 C23-26", timeline(s));
        assertEquals(List.of("A 0 22 14 0", "B 2 12 7 1", "C 4 26 15 2", "D 8 23 15 5"), rows(s));
        assertEquals(12.75, s.averages().waiting());
        assertEquals(2.0, s.averages().response());
        assertTrue(
                s.averages().response() < run(Algo.SJF, JOBS, 2, 0).averages().response());
    }

    @Test
    void mlfqDemotesAJobThatUsesItsWholeSlice() {
        SchedReport.Schedule s = run(Algo.MLFQ, JOBS, 2, 0);
        assertEquals("A0-2L0 B2-4L0 C4-6L0 D6-8L0 A8-12L1 B12-14L1 C14-18L1 D18-21L1 A21-23L2 C23-26L2", timeline(s));
        assertEquals(List.of("A 0 23 15 0", "B 2 14 9 1", "C 4 26 15 2", "D 6 21 13 3"), rows(s));
    }

    @Test
    void mlfqLetsALateArrivalPreemptADemotedJobWhichKeepsItsLevel() {
        List<Job> jobs = Job.parse("A:0:10,B:5:2");
        SchedReport.Schedule s = run(Algo.MLFQ, jobs, 2, 0);
        // A uses its top slice (0-2), drops to level 1, is preempted by B at 5, and resumes at level 1
        // with a fresh slice of 4 (7-11), then drops to level 2 for its last unit.
        assertEquals("A0-2L0 A2-5L1 B5-7L0 A7-11L1 A11-12L2", timeline(s));
        assertEquals(List.of("A 0 12 2 0", "B 5 7 0 0"), rows(s));
    }

    @Test
    void aBoostRescuesALongJobStarvedByAStreamOfShortOnes() {
        // A long job, then a short one arriving every 2 units for 30 units: each newcomer preempts.
        StringBuilder list = new StringBuilder("A:0:12");
        for (int i = 1; i <= 10; i++) {
            list.append(",%s:%d:2".formatted((char) ('A' + i), 2 * i + 1));
        }
        List<Job> jobs = Job.parse(list.toString());
        SchedReport.Schedule starved = run(Algo.MLFQ, jobs, 1, 0);
        SchedReport.Schedule boosted = run(Algo.MLFQ, jobs, 1, 6);
        int lastShort = starved.jobs().stream()
                .skip(1)
                .mapToInt(SchedReport.JobRow::finish)
                .max()
                .orElseThrow();
        assertTrue(
                starved.jobs().getFirst().finish() > lastShort,
                "without a boost A finishes after every short job: " + timeline(starved));
        assertTrue(
                longestWaitOfA(boosted) < longestWaitOfA(starved),
                "the boost shortens A's longest wait between turns: " + timeline(boosted) + " vs " + timeline(starved));
        assertTrue(
                boosted.timeline().stream().anyMatch(t -> "A".equals(t.job()) && t.level() == 0 && t.start() > 0),
                "A back at the top level after a boost: " + timeline(boosted));
    }

    /** The longest stretch A waited between two of its turns. */
    private static int longestWaitOfA(SchedReport.Schedule s) {
        List<SchedReport.Stretch> a =
                s.timeline().stream().filter(t -> "A".equals(t.job())).toList();
        int longest = 0;
        for (int i = 1; i < a.size(); i++) {
            longest = Math.max(longest, a.get(i).start() - a.get(i - 1).end());
        }
        return longest;
    }

    @Test
    void theDefaultJobsShowMlfqsNewcomerTakingTheCpuFromALowerLevel() {
        Simulation.Result r = Simulation.run(Algo.MLFQ, Job.parse(Job.DEFAULT), 2, 0);
        // A runs its level-1 slice of 4 from 8; E arrives at 10 and takes the CPU at once.
        assertEquals(List.of(new Simulation.Preemption(10, "A", 1, "E")), r.preemptions());
    }

    @Test
    void srtfRecordsTheShorterNewcomerAndRoundRobinNoPreemptionAtASlicesEnd() {
        assertEquals(
                List.of(new Simulation.Preemption(1, "A", 0, "B")),
                Simulation.run(Algo.SRTF, JOBS, 2, 0).preemptions());
        assertEquals(List.of(), Simulation.run(Algo.RR, JOBS, 2, 0).preemptions());
        assertEquals(List.of(), Simulation.run(Algo.MLFQ, JOBS, 2, 0).preemptions());
        assertEquals(List.of(), Simulation.run(Algo.SJF, JOBS, 2, 0).preemptions());
    }

    @Test
    void theCpuIdlesUntilTheFirstArrival() {
        SchedReport.Schedule s = run(Algo.FCFS, Job.parse("A:3:2,B:7:1"), 2, 0);
        assertEquals("null0-3 A3-5 null5-7 B7-8", timeline(s));
    }
}
