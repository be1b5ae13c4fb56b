package dev.concdemo.demos.os.multiprog;

import java.util.List;

/**
 * What {@code concdemo multiprog} computed and measured; printed as JSON with --json.
 *
 * @param jobs each job's phases, CPU first, alternating with IO, in units
 * @param model the simulation: one after another, and overlapped; {@code boundUnits} the least an
 *     overlapped run can take: the longest job, or all the CPU work, whichever is more
 * @param real the same jobs on threads pinned to CPU 0, a unit lasting {@code unitMs}
 * @param switching two CPU-bound threads on one core, back to back and together
 */
record MultiprogReport(List<Job> jobs, Model model, long unitMs, Real real, Switching switching, long elapsedMs) {

    record Job(String name, List<Integer> phases) {}

    record Model(Run oneAfterAnother, Run overlapped, int boundUnits) {}

    /** @param utilisation CPU busy units ÷ total units */
    record Run(int totalUnits, int cpuBusyUnits, double utilisation, List<String> rows) {}

    record Real(Measured oneAfterAnother, Measured overlapped) {}

    /** @param utilisation the threads' CPU time ÷ wall time (of one core) */
    record Measured(long wallMs, long cpuMs, double utilisation, long involuntarySwitches) {}

    /** @param overheadPercent how much longer together took than back to back (negative: within noise) */
    record Switching(long eachMs, Measured backToBack, Measured together, double overheadPercent) {}
}
