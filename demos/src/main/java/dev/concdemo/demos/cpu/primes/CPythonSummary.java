package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.List;

/**
 * The section a primes run with --python adds after its summary: CPython's three runs beside the
 * JVM's, in one table timed like {@code time}, then one sentence computed from both.
 */
final class CPythonSummary {
    /**
     * At least this many cores busy (CPU time / real) counts as "in parallel": the work ran on
     * more than one core. CPU / real, not the speedup: a baseline slowed by a busy machine moves
     * the speedup of a run that still computed on one core.
     */
    static final double SCALED = 1.5;

    private CPythonSummary() {}

    static void print(Narrator nar, PrimesReport java, CPythonReport py, List<Long> numbers) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@" + Texts.between()
                + texts.format("python.note", py.cores()));
        Table table = new Table(
                "",
                texts.format("col.workers"),
                texts.format("col.numbers"),
                "real",
                texts.format("col.cpu"),
                texts.format("col.cores"),
                texts.format("col.speedup"));
        for (CPythonReport.Run r : py.runs()) {
            table.row(
                    "CPython",
                    CPythonRun.who(texts, r),
                    py.numbers(),
                    Units.seconds(r.realMs() * 1_000_000),
                    Units.seconds(r.cpuMs() * 1_000_000),
                    Units.fixed2(r.coresUsed()),
                    Units.fixed2(r.speedup()) + "x");
        }
        boolean fromOne = java.runs().getFirst().workers() == 1 && java.runs().size() > 1;
        for (PrimesReport.Run r : java.runs()) {
            table.row(
                    "JVM",
                    PrimesSummary.who(kind(java), r.workers()),
                    java.numbers(),
                    Units.seconds(r.realMs() * 1_000_000),
                    Units.seconds((r.userMs() + r.sysMs()) * 1_000_000),
                    Units.fixed2(javaCores(r)),
                    fromOne ? Units.fixed2(r.speedup()) + "x" : "");
        }
        table.lines("  ").forEach(line -> nar.sayPlain(line.stripTrailing()));
        nar.sayPlain("");
        nar.sayPlain(Width.fill(numbersLine(texts, java, py, numbers)));
        nar.sayPlain("");
        nar.sayPlain(Width.fill(sentence(texts, java, py)));
    }

    private static WorkerKind kind(PrimesReport java) {
        return java.kind().equals("procs") ? WorkerKind.CHILD_JVMS : WorkerKind.THREADS;
    }

    /** CPU (user + sys) / real, as CPython's column counts it. */
    static double javaCores(PrimesReport.Run r) {
        return r.realMs() == 0 ? 0 : Units.round2((double) (r.userMs() + r.sysMs()) / r.realMs());
    }

    /** Which numbers CPython checked, and whether its verdicts agree with the JVM's on them. */
    static String numbersLine(Texts texts, PrimesReport java, CPythonReport py, List<Long> numbers) {
        long javaPrimes = numbers.subList(0, Math.min(py.numbers(), numbers.size())).stream()
                .filter(n -> java.results().getOrDefault(n, false))
                .count();
        String which = py.capped()
                ? texts.format("python.capped", py.numbers(), py.numbersInJavaRun(), CPythonRun.BUDGET.toSeconds())
                : texts.format("python.all", py.numbers());
        int pyPrimes = py.one().primes();
        String verdicts = pyPrimes == javaPrimes
                ? texts.format("python.agree", pyPrimes)
                : texts.format("python.disagree", pyPrimes, javaPrimes);
        return which + Texts.between() + verdicts;
    }

    /** One sentence: CPython's threads, its processes, and the JVM's run with the most workers. */
    static String sentence(Texts texts, PrimesReport java, CPythonReport py) {
        CPythonReport.Run threads = py.threads();
        CPythonReport.Run procs = py.procs();
        String threadsPart = texts.format(
                threads.coresUsed() >= SCALED ? "sentence.threads.parallel" : "sentence.threads.gil",
                texts.count("python.threads", threads.workers()),
                threads.speedup(),
                threads.coresUsed());
        String procsPart = texts.format(
                procs.workers() == 1
                        ? "sentence.procs.one"
                        : procs.coresUsed() >= SCALED ? "sentence.procs.scaled" : "sentence.procs.flat",
                texts.count("python.procs", procs.workers()),
                procs.speedup(),
                procs.coresUsed(),
                py.cores());
        PrimesReport.Run most = java.runs().stream()
                .max((a, b) -> Integer.compare(a.workers(), b.workers()))
                .orElseThrow();
        String javaPart = texts.format(
                kind(java) == WorkerKind.THREADS ? "sentence.jvm.threads" : "sentence.jvm.procs",
                PrimesSummary.who(kind(java), most.workers()),
                javaCores(most));
        return texts.format("sentence", threadsPart, procsPart, javaPart);
    }
}
