package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * One run of primes: the numbers tested on each worker count in turn ({@link PrimeRun}), the
 * "N is prime" lines printed in input order as they come, each count's timeline after it in a
 * sweep, every check traced in its worker's lane.
 */
final class PrimesRun {
    /**
     * How many "N is prime" lines are shown before the rest are only counted: the notes' list
     * once. (They are untimed lines, printed as the notes' program prints them, which the
     * narrator does not fold as it folds repeated events; so they are folded here.)
     */
    static final int LINES_SHOWN = Primes.SEED.size();

    /** What a run is given: whose workers, how many in turn, which numbers, and whether to print each verdict. */
    record Settings(WorkerKind kind, List<Integer> counts, List<Long> numbers, int repeat, int cores, boolean quiet) {
        boolean sweep() {
            return counts.size() > 1;
        }
    }

    private final Settings settings;
    private final Narrator n;
    private final List<PrimeRun.Result> results = new ArrayList<>();
    private int checked; // this run's thread only, as is soFar: numbers checked, primes among them
    private int primes;

    PrimesRun(Settings settings, Narrator n) {
        this.settings = settings;
        this.n = n;
    }

    PrimesReport run() throws IOException, InterruptedException, ExecutionException {
        Settings s = settings;
        boolean printLines = !s.quiet() && !s.sweep();
        for (int workers : s.counts()) {
            checked = 0;
            primes = 0;
            if (s.sweep()) {
                n.say("@|bold " + PrimesSummary.who(s.kind(), workers) + "|@ ...");
            }
            PrimeRun.Result result = PrimeRun.run(s.kind(), workers, s.numbers(), c -> {
                checked++;
                primes += c.prime() ? 1 : 0;
                if (printLines && checked <= LINES_SHOWN) {
                    n.sayPlain(c.number() + " is prime: "
                            + (c.prime() ? "True" : "False")); // Python's spelling, as the notes print
                }
            });
            if (printLines && checked > LINES_SHOWN) {
                List<PrimeRun.Checked> hidden =
                        result.checked().subList(LINES_SHOWN, result.checked().size());
                long hiddenPrimes =
                        hidden.stream().filter(PrimeRun.Checked::prime).count();
                n.sayPlain(Width.fill(Texts.of(PrimesRun.class)
                        .format("linesHidden", hidden.size(), hiddenPrimes, hidden.size() - hiddenPrimes)));
            }
            results.add(result);
            trace(n.trace(), result);
            if (s.sweep()) {
                PrimesSummary.timeline(n, result);
            }
        }
        return report();
    }

    /** Each worker count's result, in the order run: what the summary's timeline and `time` block draw. */
    List<PrimeRun.Result> results() {
        return List.copyOf(results);
    }

    /** What a Ctrl-C reports; read on this run's thread once it has stopped. */
    String soFar() {
        return "%d of %d numbers checked, %d prime; %d of %d worker counts finished"
                .formatted(
                        checked,
                        settings.numbers().size(),
                        primes,
                        results.size(),
                        settings.counts().size());
    }

    /** Each check as a span in its worker's lane: a thread's, or a child JVM's own process with its pid. */
    private static void trace(Trace trace, PrimeRun.Result result) {
        for (PrimeRun.Worker w : result.workers()) {
            if (w.pid() != 0 && w.readyNanos() != 0) {
                // from the run's start, as the timeline and the start-up figures count it
                trace.processSpan(w.pid(), w.name(), "JVM start-up", result.startNanos(), w.readyNanos());
            }
        }
        for (PrimeRun.Checked c : result.checked()) {
            PrimeRun.Worker w = result.workers().get(c.worker() - 1);
            String name = "is_prime(%d)".formatted(c.number());
            if (w.pid() != 0) {
                trace.processSpan(w.pid(), w.name(), name, c.startNanos(), c.endNanos());
            } else {
                trace.laneSpan(w.name(), name, c.startNanos(), c.endNanos());
            }
        }
    }

    private PrimesReport report() {
        long first = results.getFirst().realNanos();
        List<PrimesReport.Run> runs = results.stream()
                .map(r -> new PrimesReport.Run(
                        r.workers().size(),
                        r.workers().stream()
                                .map(PrimeRun.Worker::pid)
                                .filter(pid -> pid != 0)
                                .toList(),
                        PrimesSummary.startupMillis(r),
                        IntStream.rangeClosed(1, r.workers().size())
                                .mapToObj(w -> (int) r.checked().stream()
                                        .filter(c -> c.worker() == w)
                                        .count())
                                .toList(),
                        r.realNanos() / 1_000_000,
                        r.cpu().userNanos() / 1_000_000,
                        r.cpu().sysNanos() / 1_000_000,
                        Units.round2(r.coresUsed()),
                        Units.round2((double) first / r.realNanos()),
                        r.primes()))
                .toList();
        return new PrimesReport(
                settings.kind() == WorkerKind.CHILD_JVMS ? "procs" : "threads", // as the option that chose it
                settings.numbers().size(),
                settings.repeat(),
                distinctResults(results.getFirst()),
                settings.cores(),
                runs);
    }

    private static Map<Long, Boolean> distinctResults(PrimeRun.Result run) {
        Map<Long, Boolean> results = new LinkedHashMap<>();
        run.checked().forEach(c -> results.putIfAbsent(c.number(), c.prime()));
        return results;
    }
}
