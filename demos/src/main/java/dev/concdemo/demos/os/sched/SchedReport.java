package dev.concdemo.demos.os.sched;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What {@code concdemo sched} computed; printed as JSON with --json. One algorithm's schedule
 * at the top level, or with {@code --algo all} each algorithm's in {@code schedules}.
 */
final class SchedReport {
    private SchedReport() {}

    /**
     * One algorithm's schedule. Times are in the job list's units.
     *
     * @param rules what the algorithm does, as the output states it
     * @param boost mlfq's boost period (0: off); omitted for the others
     * @param timeline who ran when ({@code job} null: the CPU idle), with mlfq's {@code level}
     * @param preemptions each time a newcomer took the CPU from a job before its slice ended
     */
    record Schedule(
            String algo,
            String rules,
            int quantum,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer boost,
            List<JobRow> jobs,
            Averages averages,
            List<Stretch> timeline,
            List<Simulation.Preemption> preemptions,
            @JsonInclude(JsonInclude.Include.NON_NULL) Real real) {
        Schedule withReal(Real measured) {
            return new Schedule(algo, rules, quantum, boost, jobs, averages, timeline, preemptions, measured);
        }
    }

    /** @param waiting turnaround minus burst; {@code turnaround}: finish minus arrival; {@code response}: first run minus arrival */
    record JobRow(
            String name, int arrival, int burst, int firstRun, int finish, int waiting, int turnaround, int response) {}

    record Averages(double waiting, double turnaround, double response) {}

    /** @param level mlfq's level (0 is the top), null for the other algorithms */
    record Stretch(
            String job,
            int start,
            int end,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer level) {}

    /**
     * What one run computed: {@code json} is a {@link Schedule} with one --algo, an {@link All}
     * with all of them, printed as it is (so each keeps its shape); {@code real} the --real
     * measurements (null without).
     */
    record Outcome(Record json, Real real) {
        @JsonValue
        public Record json() {
            return json;
        }
    }

    /** Every algorithm on one job list. */
    record All(
            String algo,
            int quantum,
            int boost,
            List<Schedule> schedules,
            @JsonInclude(JsonInclude.Include.NON_NULL) Real real) {}

    /**
     * {@code --real}: the share of CPU 0 each CPU-bound child got, at nice 0, 5, 10 and at equal
     * nice, and two Java threads at priorities 10 and 1.
     */
    record Real(long windowMs, List<Share> niced, List<Share> equalNice, List<Share> javaPriorities) {}

    /**
     * @param weight the kernel's weight for its nice value (0 for a Java priority: not a kernel weight)
     * @param predictedPercent its weight's share of the total; {@code measuredPercent} its CPU time's
     */
    record Share(String who, long pid, int weight, double predictedPercent, double measuredPercent, long cpuMs) {}

    static Schedule of(Simulation.Result r, List<Job> jobs, int quantum, int boost) {
        List<JobRow> rows = jobs.stream()
                .map(j -> {
                    int first = r.firstRun().get(j.name());
                    int finish = r.finish().get(j.name());
                    int turnaround = finish - j.arrival();
                    return new JobRow(
                            j.name(),
                            j.arrival(),
                            j.burst(),
                            first,
                            finish,
                            turnaround - j.burst(),
                            turnaround,
                            first - j.arrival());
                })
                .toList();
        Averages averages = new Averages(
                rows.stream().mapToInt(JobRow::waiting).average().orElse(0),
                rows.stream().mapToInt(JobRow::turnaround).average().orElse(0),
                rows.stream().mapToInt(JobRow::response).average().orElse(0));
        boolean mlfq = r.algo() == Algo.MLFQ;
        List<Stretch> timeline = r.timeline().stream()
                .map(s -> new Stretch(s.job(), s.start(), s.end(), mlfq && s.job() != null ? s.level() : null))
                .toList();
        return new Schedule(
                r.algo().label(),
                r.algo().rules(),
                quantum,
                mlfq ? boost : null,
                rows,
                averages,
                timeline,
                r.preemptions(),
                null);
    }
}
