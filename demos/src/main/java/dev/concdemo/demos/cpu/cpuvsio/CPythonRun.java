package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.proc.PythonProgram;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The two loads in a real CPython ({@code --python}): cpu_vs_io.py, with the Java run's tasks and
 * wait, the CPU-bound tasks smaller, on 1 thread, threads and processes one per core, and a
 * thread per task; each kind said as it comes back.
 */
final class CPythonRun {
    /** The program, a resource beside this class. */
    static final String PROGRAM = "cpu_vs_io.py";

    /** The label of the lines about CPython. */
    static final String LABEL = "CPython";

    /**
     * About this long at most for the CPU-bound load on one thread: CPython runs naive fib some
     * 250 times slower than the JVM's compiled code here (87 ns a call against 0.33), and the
     * load runs four times (three of them on one core's worth, under the GIL), so the tasks
     * compute a smaller fib(n) in CPython.
     */
    static final Duration BUDGET = Duration.ofMillis(1500);

    private final Path interpreter;
    private final Narrator nar;

    CPythonRun(Path interpreter, Narrator nar) {
        this.interpreter = interpreter;
        this.nar = nar;
    }

    CPythonReport run(CpuVsIoReport java, Duration wait) throws InterruptedException {
        Texts texts = Texts.of(CPythonRun.class);
        int cores = java.cores();
        nar.sayPlain("");
        nar.say(texts.format("heading.python", interpreter.getFileName()));
        // the CPU-bound load: at most the budget on 1 thread, on the threads, on the threads per
        // task, and a share of it on the processes; the IO-bound load likewise, a wait per task
        Duration io = wait.multipliedBy(java.ioTasks());
        Duration about = BUDGET.multipliedBy(3)
                .plus(BUDGET.dividedBy(Math.max(1, Math.min(cores, java.cpuTasks()))))
                .plus(io)
                .plus(io.dividedBy(Math.max(1, cores)).multipliedBy(2))
                .plus(wait)
                .plusMillis(500);
        CPythonReport py;
        try (var _ = nar.expect(about, texts.format("shorten.python"))) {
            py = PythonProgram.of(interpreter, CPythonRun.class, PROGRAM)
                    .run(
                            CPythonReport.class,
                            about.multipliedBy(3).plusSeconds(60),
                            List.of(
                                    "--n", Integer.toString(java.fibN()),
                                    "--cpu-tasks", Integer.toString(java.cpuTasks()),
                                    "--io-tasks", Integer.toString(java.ioTasks()),
                                    "--io-wait", Double.toString(wait.toNanos() / 1e9),
                                    "--workers", Integer.toString(cores),
                                    "--budget", Double.toString(BUDGET.toNanos() / 1e9)));
        }
        for (CPythonReport.Row r : py.rows()) {
            nar.event(
                    LABEL,
                    texts.format(
                            "measured",
                            label(r),
                            Units.seconds(r.cpuMs() * 1_000_000),
                            Units.seconds(r.ioMs() * 1_000_000)));
        }
        return py;
    }

    /** "2 threads (one per core)", "2 processes (one per core)", as the Java table names its rows. */
    static String label(CPythonReport.Row r) {
        Texts texts = Texts.of(CPythonRun.class);
        String who = texts.count(r.kind().equals("processes") ? "workers.processes" : "workers.THREADS", r.size());
        return r.why().isEmpty() ? who : who + texts.format("why", texts.format("why." + r.why()));
    }
}
