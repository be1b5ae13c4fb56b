package dev.concdemo.demos.os.sched;

import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.function.Predicate;

/**
 * One computed sentence per schedule, set against seed 001's words: FCFS favours long jobs,
 * SJF favours short ones, and, in its multilevel feedback queue, a newcomer takes the CPU at
 * once. The note never names SRTF (SJF made preemptive), so SRTF is set against SJF's claim.
 * Short jobs are those with a burst below the mean. FCFS "favours long jobs" when its short
 * jobs waited longer on average than its long ones; another algorithm favours short jobs when
 * it cut their average wait, against FCFS on the same jobs, by more than the long ones'.
 */
final class Verdicts {
    private Verdicts() {}

    static String of(SchedReport.Schedule s, SchedReport.Schedule fcfs) {
        Texts t = Texts.of(Verdicts.class);
        double mean =
                s.jobs().stream().mapToInt(SchedReport.JobRow::burst).average().orElse(0);
        Predicate<SchedReport.JobRow> isShort = j -> j.burst() < mean;
        double shortWait = waiting(s.jobs(), isShort);
        double longWait = waiting(s.jobs(), isShort.negate());
        int slowestStart = slowestStart(s);
        if (s.jobs().stream().allMatch(isShort.negate())) {
            return t.format("same", s.algo(), slowestStart) + preemptions(s, t);
        }
        String seed = s.algo().equals("fcfs") ? "long" : "short"; // whom seed 001 says fcfs and sjf favour
        String favours;
        String waits;
        if (s.algo().equals("fcfs")) {
            favours = shortWait > longWait ? "long" : shortWait < longWait ? "short" : "neither";
            waits = t.format("waits.fcfs", shortWait, longWait);
        } else {
            double shortGain = shortWait - waiting(fcfs.jobs(), isShort);
            double longGain = longWait - waiting(fcfs.jobs(), isShort.negate());
            favours = shortGain < longGain ? "short" : shortGain > longGain ? "long" : "neither";
            waits = t.format(
                    "waits.other",
                    shortWait,
                    waiting(fcfs.jobs(), isShort),
                    longWait,
                    waiting(fcfs.jobs(), isShort.negate()));
        }
        String claim =
                switch (s.algo()) {
                    case "srtf" -> t.format(favours.equals("short") ? "claim.srtf" : "claim.srtf.differs");
                    case "rr", "mlfq" -> t.format("claim.slices", slowestStart(fcfs));
                    default ->
                        t.format(seed.equals(favours) ? "claim.agrees" : "claim.differs", t.format("group." + seed));
                };
        String verdict = t.format("verdict", s.algo(), t.format("group." + favours), waits, slowestStart, claim);
        return verdict + preemptions(s, t);
    }

    /**
     * srtf and mlfq: who took the CPU from whom as they arrived; for mlfq, set against seed 001's
     * rule that a task new to the top queue stops the one running, whether or not it came into play.
     */
    private static String preemptions(SchedReport.Schedule s, Texts t) {
        if (!s.algo().equals("srtf") && !s.algo().equals("mlfq")) {
            return "";
        }
        List<Simulation.Preemption> all = s.preemptions();
        if (all.isEmpty()) {
            return t.format("sentence.separator")
                    + t.format(s.algo().equals("mlfq") ? "preempted.none.mlfq" : "preempted.none");
        }
        String list = String.join(
                t.format("list.separator"),
                all.stream()
                        .limit(3)
                        .map(p -> s.algo().equals("mlfq")
                                ? t.format("preempted.one.mlfq", p.by(), p.time(), p.job(), p.level())
                                : t.format("preempted.one", p.by(), p.time(), p.job()))
                        .toList());
        String more = all.size() > 3 ? t.format("preempted.more", all.size() - 3) : "";
        return t.format("sentence.separator")
                + t.format(s.algo().equals("mlfq") ? "preempted.mlfq" : "preempted", list + more);
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
        Texts t = Texts.of(Verdicts.class);
        return t.format(
                "real",
                String.join(
                        ", ",
                        r.niced().stream()
                                .map(s -> s.who().replace("nice ", ""))
                                .toList()),
                percents(r.niced(), false),
                percents(r.niced(), true),
                gap,
                t.format(byWeight ? "real.byWeight" : "real.notByWeight"),
                percents(r.equalNice(), false),
                equalGap,
                high.measuredPercent(),
                low.measuredPercent(),
                t.format(prioritiesIgnored ? "real.ignored" : "real.unequal"));
    }

    private static String percents(java.util.List<SchedReport.Share> shares, boolean predicted) {
        return String.join(
                " / ",
                shares.stream()
                        .map(s -> "%.1f%%".formatted(predicted ? s.predictedPercent() : s.measuredPercent()))
                        .toList());
    }
}
