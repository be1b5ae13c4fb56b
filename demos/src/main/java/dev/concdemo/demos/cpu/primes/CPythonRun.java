package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The prime test in a real CPython ({@code --python}): primes.py, on the Java run's numbers, with
 * one worker, then a ThreadPoolExecutor and a ProcessPoolExecutor of the Java run's worker count;
 * each run said as it comes back.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "primes.py";

    /** The label of the lines about CPython. */
    static final String LABEL = "CPython";

    /**
     * About this long at most for the one-worker run: CPython's trial division is some 15 times
     * slower than the JVM's, so the default list (312 numbers, ~40 s in CPython) would take
     * minutes over three runs. The one worker checks the numbers in order until this has passed;
     * the threads and the processes then check the same ones.
     */
    static final Duration BUDGET = Duration.ofSeconds(4);

    /** One trial division step in CPython 3.11 here, about (28 ns measured): for the estimate said up front. */
    static final long STEP_NS = 30;

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run(List<Long> distinct, int repeat, int workers, int cores) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        nar.sayPlain("");
        nar.say(texts.format("heading.python", interpreter.getFileName(), workers));
        // at most: every number taken for a prime, which runs trial division to its square root
        long all = distinct.stream()
                        .mapToLong(n -> (long) Math.sqrt((double) n) * STEP_NS)
                        .sum()
                * repeat;
        long longest = distinct.stream()
                .mapToLong(n -> (long) Math.sqrt((double) n) * STEP_NS)
                .max()
                .orElse(0);
        long one = Math.min(all, BUDGET.toNanos() + longest);
        Duration about = Duration.ofNanos(one * 2 + one / Math.max(1, Math.min(workers, cores)))
                .plusMillis(500);
        CPythonReport py;
        try (var _ = nar.expect(about, texts.format("shorten.python"))) {
            py = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM)
                    .run(
                            CPythonReport.class,
                            about.multipliedBy(3).plusSeconds(60),
                            List.of(
                                    "--numbers",
                                    distinct.stream().map(String::valueOf).collect(Collectors.joining(",")),
                                    "--repeat",
                                    Integer.toString(repeat),
                                    "--workers",
                                    Integer.toString(workers),
                                    "--budget",
                                    Double.toString(BUDGET.toNanos() / 1e9)));
        }
        for (CPythonReport.Run r : py.runs()) {
            nar.event(
                    LABEL,
                    texts.format(
                            "measured.python",
                            who(texts, r),
                            texts.count("numbers", py.numbers()),
                            Units.seconds(r.realMs() * 1_000_000),
                            r.coresUsed()));
        }
        return py;
    }

    /** "1 worker", "2 threads", "2 processes", in the run's language. */
    static String who(Texts texts, CPythonReport.Run r) {
        return switch (r.kind()) {
            case "threads" -> texts.count("python.threads", r.workers());
            case "procs" -> texts.count("python.procs", r.workers());
            default -> texts.format("python.one");
        };
    }
}
