package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.term.Width;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Shows CPU-bound work spread over processes: the notes' prime test over its thirteen
 * large numbers, on N child JVMs (its ProcessPoolExecutor) or N threads, timed like
 * {@code time}: real, user and sys, and user ÷ real, the number of cores that worked.
 *
 * <p>Try: {@code concdemo primes --procs 1,2} (the speedup), {@code concdemo primes --threads 2}.
 */
@Scenario(chapter = Chapter.CPU, seed = "000 example06")
@Command(
        name = "primes",
        mixinStandardHelpOptions = true,
        description = {
            "The notes' prime test on N child JVMs or threads: time, cores used, speedup.",
            "",
            "Each number is tested by trial division (the notes' is_prime). Workers take the next number as soon as"
                    + " they finish one; results print in input order, as executor.map yields them. Then real, user and"
                    + " sys time of the whole run, children included, and user / real: how many cores were busy. With a"
                    + " list (--procs 1,2,4) it runs each and prints the speedup over the first.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo primes                    one child JVM per core (the notes' default)",
            "  concdemo primes --procs 1,2        the speedup of a second process",
            "  concdemo primes --threads 1,2      the same with threads: Java has no GIL",
            "  concdemo primes --repeat 5         the notes' exact list (13 numbers x 5)",
            "  concdemo primes --numbers my.txt --procs 2 --json"
        })
public final class PrimesDemo extends ScenarioCommand<Record> {
    /** One worker tests the default list for ~2.7 s on the reference VM: long enough to see processes pay off. */
    static final int DEFAULT_REPEAT = 24;

    static final int MAX_REPEAT = 10_000;

    /**
     * How many "N is prime" lines are shown before the rest are only counted: the notes' list
     * once. (They are untimed lines, printed as the notes' program prints them, which the
     * narrator does not fold as it folds repeated events; so they are folded here.)
     */
    static final int LINES_SHOWN = Primes.SEED.size();

    static final int TIMELINE_WIDTH = 48;

    public PrimesDemo(Session session) {
        super(session);
    }

    private final int cores = Runtime.getRuntime().availableProcessors();
    private List<Integer> procs;
    private List<Integer> threads;
    private Integer repeatOption; // null: the default, which depends on whose numbers they are
    private int repeat;

    @Option(
            names = "--numbers",
            paramLabel = "FILE",
            description = "Test these numbers instead (one per line; # comments).")
    private Path numbersFile;

    @Option(
            names = {"-q", "--quiet"},
            description = "Leave out the 'N is prime' lines.")
    private boolean quiet;

    @Option(
            names = "--procs",
            paramLabel = "N",
            split = ",",
            description = "Child JVMs to spread the work over; a list runs each (default: one per core, here"
                    + " ${sys:concdemo.cores:-the core count}).")
    void setProcs(List<Integer> values) {
        procs = checkWorkers("--procs", values);
    }

    @Option(
            names = "--threads",
            paramLabel = "N",
            split = ",",
            description = "Threads of this JVM instead of child JVMs; a list runs each.")
    void setThreads(List<Integer> values) {
        threads = checkWorkers("--threads", values);
    }

    @Option(
            names = "--repeat",
            paramLabel = "R",
            description = "Repeat the list R times (default: " + DEFAULT_REPEAT
                    + " for the notes' list, about 2.7 s for one worker; the notes: 5; a --numbers file: once).")
    void setRepeat(int value) {
        Ranges.check(spec, "--repeat", value, 1, MAX_REPEAT, null);
        repeatOption = value;
    }

    private List<Integer> checkWorkers(String option, List<Integer> values) {
        int most = 4 * cores;
        for (int n : values) {
            if (n < 1) {
                throw new ParameterException(spec.commandLine(), option + " takes counts of 1 or more, not " + n);
            }
            if (n > most) {
                throw new ParameterException(
                        spec.commandLine(),
                        "%s %d is more than 4 x the %d cores here; more workers only queue for them (at most %d)"
                                .formatted(option, n, cores, most));
            }
        }
        return List.copyOf(values);
    }

    @Override
    public Integer call() throws Exception {
        if (procs != null && threads != null) {
            throw new ParameterException(
                    spec.commandLine(), "--procs and --threads are alternatives: give one of them");
        }
        List<Long> distinct;
        try {
            distinct = numbersFile == null ? Primes.SEED : Primes.read(numbersFile);
        } catch (Primes.BadNumbersFile e) {
            throw new ParameterException(spec.commandLine(), "--numbers: " + e.getMessage());
        }
        repeat = repeatOption != null ? repeatOption : numbersFile == null ? DEFAULT_REPEAT : 1;
        WorkerKind kind = threads != null ? WorkerKind.THREADS : WorkerKind.CHILD_JVMS;
        List<Integer> counts = threads != null ? threads : procs != null ? procs : List.of(cores);
        List<Long> numbers = Primes.repeated(distinct, repeat);

        Narrator n = session.narrator(common, 0);
        introduce(n, kind, counts, numbers.size(), distinct.size());
        boolean printLines = !quiet && counts.size() == 1;
        List<PrimeRun.Result> results = new ArrayList<>();
        int[] checked = {0, 0}; // this thread only: numbers checked, primes among them
        if (!common.json()) {
            session.measuredSoFar(() -> "%d of %d numbers checked, %d prime; %d of %d worker counts finished"
                    .formatted(checked[0], numbers.size(), checked[1], results.size(), counts.size()));
        }
        for (int workers : counts) {
            checked[0] = 0;
            checked[1] = 0;
            if (counts.size() > 1) {
                String procs = kind == WorkerKind.CHILD_JVMS ? "procs" : "threads";
                n.say("@|bold "
                        + Texts.of(PrimesDemo.class).format("who." + procs + (workers == 1 ? ".one" : ""), workers)
                        + "|@ ...");
            }
            PrimeRun.Result result = PrimeRun.run(kind, workers, numbers, c -> {
                checked[0]++;
                checked[1] += c.prime() ? 1 : 0;
                if (printLines && checked[0] <= LINES_SHOWN) {
                    n.sayPlain(c.number() + " is prime: "
                            + (c.prime() ? "True" : "False")); // Python's spelling, as the notes print
                }
            });
            if (printLines && checked[0] > LINES_SHOWN) {
                List<PrimeRun.Checked> hidden =
                        result.checked().subList(LINES_SHOWN, result.checked().size());
                long primes = hidden.stream().filter(PrimeRun.Checked::prime).count();
                n.sayPlain(Width.fill(Texts.of(PrimesDemo.class)
                        .format("linesHidden", hidden.size(), primes, hidden.size() - primes)));
            }
            results.add(result);
            trace(n.trace(), result);
            if (counts.size() > 1) {
                Summary.timeline(n, result);
            }
        }
        PrimesReport report = Summary.report(kind, numbers.size(), repeat, cores, results);
        if (common.json()) {
            common.printJson(session, report);
        } else if (counts.size() == 1) {
            Summary.single(n, results.getFirst(), cores);
        } else {
            Summary.sweep(n, kind, report, cores);
        }
        return ExitCode.OK;
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

    private void introduce(Narrator n, WorkerKind kind, List<Integer> counts, int total, int distinct) {
        Texts texts = Texts.of(PrimesDemo.class);
        String workload = numbersFile == null
                ? repeat == Primes.SEED_REPEAT ? texts.format("workload.exact") : texts.format("workload.notes", repeat)
                : repeat == 1
                        ? texts.format(distinct == 1 ? "workload.file.one" : "workload.file", distinct, numbersFile)
                        : texts.format("workload.file.repeated", distinct, numbersFile, repeat);
        String procs = kind == WorkerKind.CHILD_JVMS ? "procs" : "threads";
        String who = counts.size() == 1
                ? texts.format("who." + procs + (counts.getFirst() == 1 ? ".one" : ""), counts.getFirst())
                : texts.format(
                        "who." + procs + ".each",
                        counts.stream()
                                .map(String::valueOf)
                                .reduce((a, b) -> a + ", " + b)
                                .orElseThrow());
        n.say("@|bold primes|@" + Texts.between() + texts.format("intro", total, workload, who));
        n.sayPlain("");
    }

    /** Formats like `time`: 0m2.771s. */
    static String clock(long nanos) {
        long millis = nanos / 1_000_000;
        return String.format(Locale.ROOT, "%dm%d.%03ds", millis / 60_000, (millis / 1000) % 60, millis % 1000);
    }

    static Map<Long, Boolean> distinctResults(PrimeRun.Result run) {
        Map<Long, Boolean> results = new LinkedHashMap<>();
        run.checked().forEach(c -> results.putIfAbsent(c.number(), c.prime()));
        return results;
    }
}
