package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section a gil run with --python adds after its summary: what the real CPython measured,
 * in the same tables as the simulated GIL, then what the two have in common and where they
 * differ, every sentence computed from both reports.
 */
final class CPythonSummary {
    /** Speedups closer than this are "the same" (a busy machine moves a ratio by about this). */
    static final double SAME_SPEEDUP = 0.25;

    private CPythonSummary() {}

    static void print(Narrator nar, GilReport java, CPythonReport py) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@" + Texts.between()
                + texts.format("python.note", Units.fixed2(py.switchIntervalMs())));
        Table cpu = new Table(
                texts.format("col.workers"),
                "CPython",
                texts.format("col.speedup"),
                texts.format("col.simulated"),
                texts.format("col.noGil"));
        for (CPythonReport.Cpu c : py.cpu()) {
            Optional<GilReport.CpuRow> same = c.threads() == null ? Optional.empty() : javaRow(java, c.threads());
            cpu.row(
                    CPythonRun.workers(texts, c),
                    Units.seconds((long) (c.seconds() * 1e9)),
                    Units.fixed2(c.speedup()) + "x",
                    same.map(r -> Units.fixed2(r.gilSpeedup()) + "x").orElse(""),
                    same.map(r -> Units.fixed2(r.noGilSpeedup()) + "x").orElse(""));
        }
        cpu.lines("  ").forEach(line -> nar.sayPlain(line.stripTrailing())); // a process has no simulated column
        nar.sayPlain("");
        Table io = new Table(
                texts.format("col.io"), texts.format("col.ops"), texts.format("col.p50"), texts.format("col.p99"));
        io.row(
                texts.format("python.io.alone"),
                (long) py.ioAlone().opsPerSecond(),
                ms(py.ioAlone().p50Ms()),
                ms(py.ioAlone().p99Ms()));
        io.row(
                texts.format("python.io.hog"),
                (long) py.io().opsPerSecond(),
                ms(py.io().p50Ms()),
                ms(py.io().p99Ms()));
        io.lines("  ").forEach(nar::sayPlain);
        nar.sayPlain("");
        Table race = new Table(
                texts.format("col.race", py.race().threads()),
                texts.format("col.increments"),
                texts.format("col.expected"),
                texts.format("col.lost"));
        race.row(
                "n += 1",
                py.race().increments(),
                py.race().expected(),
                py.race().lost());
        race.row(
                "n = add_one(n)",
                py.raceWithCall().increments(),
                py.raceWithCall().expected(),
                py.raceWithCall().lost());
        race.lines("  ").forEach(nar::sayPlain);
        nar.sayPlain("");
        sentences(texts, java, py).forEach(p -> nar.sayPlain(Width.fill(p)));
    }

    /** What the two runs share and where they differ. */
    static List<String> sentences(Texts texts, GilReport java, CPythonReport py) {
        List<String> parts = new ArrayList<>();
        CPythonReport.Cpu threads = py.cpu().stream()
                .filter(c -> c.threads() != null)
                .reduce((a, b) -> b)
                .orElseThrow();
        Optional<GilReport.CpuRow> simulated = javaRow(java, threads.threads());
        if (threads.threads() > 1 && simulated.isPresent()) {
            double real = threads.speedup();
            double sim = simulated.get().gilSpeedup();
            String key = py.freeThreaded()
                    ? "compare.cpu.free"
                    : Math.abs(real - sim) < SAME_SPEEDUP ? "compare.cpu.same" : "compare.cpu.differ";
            parts.add(texts.format(
                    key, threads.threads(), real, sim, simulated.get().noGilSpeedup()));
        }
        CPythonReport.Cpu procs = py.cpu().getLast();
        parts.add(texts.format(
                procs.speedup() >= 1 + SAME_SPEEDUP ? "compare.procs" : "compare.procs.busy",
                procs.processes(),
                procs.speedup(),
                java.cores()));
        GilReport.IoRow simHog = java.io().getLast();
        parts.add(texts.format(
                py.io().p50Ms() >= py.switchIntervalMs() / 2 ? "compare.io" : "compare.io.short",
                Units.fixed2(py.io().p50Ms()),
                Units.fixed2(simHog.p50Ms()),
                Units.fixed2(py.switchIntervalMs()),
                Units.fixed2(java.switchIntervalMs()),
                py.io().opsPerSecond(),
                py.ioAlone().opsPerSecond()));
        CPythonReport.Race plain = py.race();
        CPythonReport.Race call = py.raceWithCall();
        String key = "compare.race." + (plain.lost() > 0 ? "some" : "none") + "." + (call.lost() > 0 ? "some" : "none");
        parts.add(texts.format(
                key,
                py.version(),
                plain.lost(),
                plain.expected(),
                call.lost(),
                call.expected(),
                java.race().expected() - java.race().withoutLock(),
                java.race().expected()));
        return parts;
    }

    private static Optional<GilReport.CpuRow> javaRow(GilReport java, int threads) {
        return java.cpu().stream().filter(r -> r.threads() == threads).findFirst();
    }

    private static String ms(double value) {
        return Units.fixed2(value) + " ms";
    }
}
