package dev.concdemo.demos.os.sched;

import java.util.List;
import java.util.function.Predicate;

/**
 * One computed sentence per schedule, set against seed 001's words: FCFS favours long jobs,
 * SJF favours short ones (and can starve a long one), time slices give every job a turn.
 * Short jobs are those with a burst below the mean. FCFS "favours long jobs" when its short
 * jobs waited longer on average than its long ones; another algorithm favours short jobs when
 * it cut their average wait, against FCFS on the same jobs, by more than the long ones'.
 */
final class Verdicts {
    private Verdicts() {}

    static String of(SchedReport.Schedule s, SchedReport.Schedule fcfs) {
        double mean =
                s.jobs().stream().mapToInt(SchedReport.JobRow::burst).average().orElse(0);
        Predicate<SchedReport.JobRow> isShort = j -> j.burst() < mean;
        double shortWait = waiting(s.jobs(), isShort);
        double longWait = waiting(s.jobs(), isShort.negate());
        int slowestStart = slowestStart(s);
        if (s.jobs().stream().allMatch(isShort.negate())) {
            return "%s: every job needs the same CPU; every job first ran within %d of arriving."
                    .formatted(s.algo(), slowestStart);
        }
        String seed =
                switch (s.algo()) {
                    case "fcfs" -> "long jobs";
                    case "sjf", "srtf" -> "short jobs";
                    default -> null;
                };
        String favours;
        String waits;
        if (s.algo().equals("fcfs")) {
            favours = shortWait > longWait ? "long jobs" : shortWait < longWait ? "short jobs" : "neither";
            waits = "short jobs waited %.2f on average, long ones %.2f".formatted(shortWait, longWait);
        } else {
            double shortGain = shortWait - waiting(fcfs.jobs(), isShort);
            double longGain = longWait - waiting(fcfs.jobs(), isShort.negate());
            favours = shortGain < longGain ? "short jobs" : shortGain > longGain ? "long jobs" : "neither";
            waits = "short jobs waited %.2f on average (%.2f under fcfs), long ones %.2f (%.2f)"
                    .formatted(
                            shortWait, waiting(fcfs.jobs(), isShort), longWait, waiting(fcfs.jobs(), isShort.negate()));
        }
        String claim = seed == null
                ? "seed 001: time slices give every job a turn; fcfs's slowest start was %d"
                        .formatted(slowestStart(fcfs))
                : seed.equals(favours) ? "as seed 001 says" : "seed 001 says " + seed + "; not on these jobs";
        return "%s favours %s here: %s. Every job first ran within %d of arriving (%s)."
                .formatted(s.algo(), favours, waits, slowestStart, claim);
    }

    private static double waiting(List<SchedReport.JobRow> jobs, Predicate<SchedReport.JobRow> which) {
        return jobs.stream()
                .filter(which)
                .mapToInt(SchedReport.JobRow::waiting)
                .average()
                .orElse(0);
    }

    private static int slowestStart(SchedReport.Schedule s) {
        return s.jobs().stream().mapToInt(SchedReport.JobRow::response).max().orElse(0);
    }

    /** What --real measured, against the weights' prediction. */
    static String real(SchedReport.Real r) {
        double gap = 0;
        for (SchedReport.Share s : r.niced()) {
            gap = Math.max(gap, Math.abs(s.measuredPercent() - s.predictedPercent()));
        }
        double equalGap = 0;
        for (SchedReport.Share s : r.equalNice()) {
            equalGap = Math.max(equalGap, Math.abs(s.measuredPercent() - s.predictedPercent()));
        }
        SchedReport.Share high = r.javaPriorities().getFirst();
        SchedReport.Share low = r.javaPriorities().getLast();
        boolean byWeight = true;
        for (int i = 1; i < r.niced().size(); i++) {
            byWeight &=
                    r.niced().get(i).measuredPercent() < r.niced().get(i - 1).measuredPercent();
        }
        boolean prioritiesIgnored = Math.abs(high.measuredPercent() - low.measuredPercent()) < 10;
        return ("Linux gave the children at nice %s %s of CPU 0, against %s by their weights (the largest gap %.1f"
                        + " points)%s. At equal nice they got %s (within %.1f points of a third each): the kernel's"
                        + " time slices, taken in turn. Java's thread priorities 10 and 1 got %.1f%% and %.1f%%%s")
                .formatted(
                        String.join(
                                ", ",
                                r.niced().stream()
                                        .map(s -> s.who().replace("nice ", ""))
                                        .toList()),
                        percents(r.niced(), false),
                        percents(r.niced(), true),
                        gap,
                        byWeight
                                ? ": a higher nice, a smaller weight, a smaller share"
                                : ", yet here the shares did not fall as the nice values rose",
                        percents(r.equalNice(), false),
                        equalGap,
                        high.measuredPercent(),
                        low.measuredPercent(),
                        prioritiesIgnored
                                ? ": on Linux the JVM does not pass them to the kernel (ThreadPriorityPolicy=0), so a"
                                        + " Java priority changes nothing there; a nice value, set per thread through"
                                        + " FFM here, does."
                                : ", unequal this time, though the JVM does not pass them to Linux"
                                        + " (ThreadPriorityPolicy=0): the difference is noise.");
    }

    private static String percents(java.util.List<SchedReport.Share> shares, boolean predicted) {
        return String.join(
                " / ",
                shares.stream()
                        .map(s -> "%.1f%%".formatted(predicted ? s.predictedPercent() : s.measuredPercent()))
                        .toList());
    }
}
