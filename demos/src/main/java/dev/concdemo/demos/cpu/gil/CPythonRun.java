package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gil experiments in a real CPython ({@code --python}): gil.py, run with the Java run's
 * numbers (fib n, thread counts, increments, IO window), its results said as they come back.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "gil.py";

    /**
     * CPython runs fib some 50 to 100 times slower than the JVM's compiled code: the bound on
     * its run is this many times the Java run's one-thread time per fib, per worker, plus a
     * minute for the rest. Past it the interpreter is stopped.
     */
    static final int SLOWER_AT_MOST = 400;

    /**
     * At most this many n += 1 per thread in CPython (~0.1 s per million here, some 30 times the
     * JVM's simulated step): the Java run's count, sized to span 40 switch intervals of the JVM,
     * would take CPython minutes. Two million each already span dozens of switch intervals.
     */
    static final int MAX_INCREMENTS = 5_000_000;

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run(GilReport java, List<Integer> counts, Duration ioWindow) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        nar.sayPlain("");
        int increments = Math.min(java.race().increments(), MAX_INCREMENTS);
        nar.say(texts.format("heading.python", interpreter.getFileName()));
        int workers = counts.stream().mapToInt(Integer::intValue).sum()
                + Math.max(2, counts.stream().mapToInt(Integer::intValue).max().orElse(2));
        Duration bound = Duration.ofMillis(Math.max(1, java.cpu().getFirst().noGilMs()) * SLOWER_AT_MOST * workers)
                .plusMinutes(1);
        PythonProgram program = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM);
        Duration about = about(program, java.fibN(), counts, ioWindow, increments);
        CPythonReport py;
        try (var _ = nar.expect(about, Texts.of(GilRun.class).format("shorten"))) {
            py = program.run(
                    CPythonReport.class,
                    bound,
                    List.of(
                            "--n", Integer.toString(java.fibN()),
                            "--threads", counts.stream().map(String::valueOf).collect(Collectors.joining(",")),
                            "--increments", Integer.toString(increments),
                            "--io-window", Double.toString(ioWindow.toNanos() / 1e9)));
        }
        String label = GilRun.LABEL;
        for (CPythonReport.Cpu c : py.cpu()) {
            nar.event(label, texts.format("measured.python.cpu", workers(texts, c), Units.seconds((long)
                    (c.seconds() * 1e9))));
        }
        nar.event(
                label,
                texts.format(
                        "measured.python.io", py.io().opsPerSecond(), py.io().p50Ms()));
        nar.event(
                label,
                texts.format(
                        "measured.python.race",
                        increments,
                        py.race().lost(),
                        py.raceWithCall().lost()));
        return py;
    }

    /** How fast this interpreter calls fib, measured by gil.py --calibrate (a fraction of a second). */
    record Calibration(double fibCallNs) {}

    /** About 0.1 µs per n += 1 in CPython here: each of the two races runs two threads' increments. */
    private static final long INCREMENT_NS = 100;

    /**
     * How long the CPython part will take, said before it starts: fib's calls at the measured
     * speed, each thread count's workers one after another (the GIL), the processes side by
     * side on the cores, the two IO windows, the two races, and a second for starting up.
     */
    private static Duration about(PythonProgram program, int n, List<Integer> counts, Duration ioWindow, int increments)
            throws InterruptedException {
        double callNs = program.run(Calibration.class, Duration.ofSeconds(30), List.of("--calibrate"))
                .fibCallNs();
        long fibNs = (long) (callNs * calls(n));
        int processes =
                Math.max(2, counts.stream().mapToInt(Integer::intValue).max().orElse(2));
        int cores = Runtime.getRuntime().availableProcessors();
        long work = counts.stream().mapToLong(Integer::longValue).sum() * fibNs
                + (long) Math.ceil((double) processes / Math.min(processes, cores)) * fibNs;
        return Duration.ofNanos(work + 2 * ioWindow.toNanos() + 2L * 2 * increments * INCREMENT_NS)
                .plusSeconds(1);
    }

    /** The calls naive fib(n) makes: 2 F(n+1) - 1. */
    static long calls(int n) {
        long a = 0;
        long b = 1; // F(0), F(1)
        for (int i = 0; i < n + 1; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return 2 * a - 1;
    }

    /** "2 threads" or "2 processes", in the run's language. */
    static String workers(Texts texts, CPythonReport.Cpu c) {
        return c.threads() != null ? texts.count("threads", c.threads()) : texts.count("processes", c.processes());
    }
}
