package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.List;
import java.util.Locale;

/** The closing part of a primes run: the `time` block, the timeline, the sweep table, and what they prove. */
final class PrimesSummary {
    /** The timeline's width in columns, the run's wall time across it. */
    static final int TIMELINE_WIDTH = 48;

    private PrimesSummary() {}

    /** The `time` block and what it proves for one worker count; for a list, the sweep table. */
    static void print(Narrator n, PrimesReport report, List<PrimeRun.Result> results) {
        if (results.size() == 1) {
            single(n, results.getFirst(), report.cores());
        } else {
            sweep(n, results.getFirst().kind(), report, report.cores());
        }
    }

    /** "2 child JVMs", "1 thread": who tested the numbers in one run. */
    static String who(WorkerKind kind, int workers) {
        return Texts.of(PrimesSummary.class)
                .count(kind == WorkerKind.CHILD_JVMS ? "who.procs" : "who.threads", workers);
    }

    /** Formats like `time`: 0m2.771s. */
    static String clock(long nanos) {
        long millis = nanos / 1_000_000;
        return String.format(Locale.ROOT, "%dm%d.%03ds", millis / 60_000, (millis / 1000) % 60, millis % 1000);
    }

    private static void single(Narrator n, PrimeRun.Result r, int cores) {
        n.sayPlain("");
        n.sayPlain("real\t" + clock(r.realNanos()));
        n.sayPlain("user\t" + clock(r.cpu().userNanos()));
        n.sayPlain("sys\t" + clock(r.cpu().sysNanos()));
        n.say(String.format(
                Locale.ROOT, "cores used @|bold %.2f|@ (user / real; this machine has %d)", r.coresUsed(), cores));
        timeline(n, r);
        int workers = r.workers().size();
        String moral =
                switch (r.kind()) {
                    case CHILD_JVMS ->
                        workers == 1
                                ? Texts.of(PrimesSummary.class).format("procs.one", r.coresUsed())
                                : Texts.of(PrimesSummary.class)
                                        .format(
                                                r.coresUsed() >= 0.75 * Math.min(workers, cores)
                                                        ? "procs"
                                                        : "procs.short",
                                                workers,
                                                r.coresUsed());
                    case THREADS, VIRTUAL_THREADS ->
                        Texts.of(PrimesSummary.class)
                                .format(
                                        "threads",
                                        Texts.of(PrimesSummary.class).count("threadCount", workers),
                                        r.coresUsed());
                };
        n.sayPlain("");
        n.sayPlain(Width.fill(moral));
    }

    static void timeline(Narrator n, PrimeRun.Result r) {
        n.sayPlain("");
        Texts texts = Texts.of(PrimesSummary.class);
        n.sayPlain(texts.format(r.kind() == WorkerKind.CHILD_JVMS ? "chart.procs" : "chart.threads"));
        Timeline.render(r, TIMELINE_WIDTH, "  ").forEach(n::sayPlain);
        if (r.kind() == WorkerKind.CHILD_JVMS) {
            n.sayPlain(texts.format(
                    "chart.startups",
                    String.join(
                            Texts.lang() == Lang.ZH ? "、" : ", ", // the Chinese list mark
                            startupMillis(r).stream()
                                    .map(ms -> texts.format("ms", ms))
                                    .toList())));
        }
        n.sayPlain("");
    }

    private static void sweep(Narrator n, WorkerKind kind, PrimesReport report, int cores) {
        Table table = new Table("workers", "real", "user", "sys", "cores used", "speedup");
        for (PrimesReport.Run run : report.runs()) {
            table.row(
                    run.workers(),
                    Units.seconds(run.realMs() * 1_000_000),
                    Units.seconds(run.userMs() * 1_000_000),
                    Units.seconds(run.sysMs() * 1_000_000),
                    String.format(Locale.ROOT, "%.2f", run.coresUsed()),
                    String.format(Locale.ROOT, "%.2fx", run.speedup()));
        }
        Texts words = Texts.of(PrimesSummary.class);
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between()
                + words.format(
                        "sweep.note",
                        words.format(kind == WorkerKind.CHILD_JVMS ? "kind.procs" : "kind.threads"),
                        report.numbers(),
                        cores));
        table.lines("  ").forEach(n::sayPlain);
        PrimesReport.Run best = report.runs().stream()
                .max((a, b) -> Double.compare(a.speedup(), b.speedup()))
                .orElseThrow();
        n.sayPlain("");
        Texts texts = Texts.of(PrimesSummary.class);
        n.sayPlain(texts.format(
                "sweep",
                best.workers(),
                texts.format(kind == WorkerKind.CHILD_JVMS ? "childJvms" : "threadsWord"),
                best.speedup(),
                cores,
                texts.format(kind == WorkerKind.CHILD_JVMS ? "startUp" : "noGil")));
    }

    /**
     * Each child JVM's start-up: from the run's start, when the pool was asked for the children,
     * until the child said it was ready; the timeline's {@code ·} cells span the same interval, so
     * the figures and the chart come from one measurement. (Counted from the run's start, not
     * from when the child's own process had been launched: the children are launched one after
     * another, and what comes before a launch returns is start-up too.) -1 if never ready.
     */
    static List<Long> startupMillis(PrimeRun.Result r) {
        return r.workers().stream()
                .filter(w -> w.pid() != 0)
                .map(w -> w.readyNanos() == 0 ? -1 : (w.readyNanos() - r.startNanos()) / 1_000_000)
                .toList();
    }
}
