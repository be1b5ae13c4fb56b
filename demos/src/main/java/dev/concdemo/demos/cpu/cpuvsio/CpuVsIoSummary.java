package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing part of a cpu-vs-io run: the table of worker kinds, the crossover where child
 * JVMs pay for their start, and what they prove; every sentence chosen by what was measured.
 */
final class CpuVsIoSummary {
    private CpuVsIoSummary() {}

    static void print(Narrator n, CpuVsIoReport r) {
        Texts texts = Texts.of(CpuVsIoSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between() + texts.format("table.note"));
        Table table = new Table("workers", "CPU-bound", "speedup", "IO-bound", "speedup");
        r.rows()
                .forEach(row -> table.row(
                        row.workers(),
                        Units.seconds(row.cpuMs() * 1_000_000),
                        Units.fixed2(row.cpuSpeedup()) + "x",
                        Units.seconds(row.ioMs() * 1_000_000),
                        Units.fixed2(row.ioSpeedup()) + "x"));
        table.lines("  ").forEach(n::sayPlain);
        payoffTable(n, texts, r);
        n.sayPlain("");
        paragraphs(texts, r).forEach(p -> n.sayPlain(Width.fill(p)));
    }

    private static void payoffTable(Narrator n, Texts texts, CpuVsIoReport r) {
        CpuVsIoReport.Payoff p = r.payoff();
        n.sayPlain("");
        n.sayPlain(texts.format("payoff.heading", p.children()));
        Table table = new Table("load", "1 thread", Units.count(p.children(), "child JVM"), "speedup");
        p.cases()
                .forEach(c -> table.row(
                        "%d x fib(%d)".formatted(c.tasks(), c.fibN()),
                        Units.seconds(c.oneThreadMs() * 1_000_000),
                        Units.seconds(c.childJvmsMs() * 1_000_000),
                        Units.fixed2(c.speedup()) + "x"));
        table.lines("  ").forEach(n::sayPlain);
    }

    /** The summary's paragraphs, each computed from the report. */
    static List<String> paragraphs(Texts texts, CpuVsIoReport r) {
        List<CpuVsIoReport.Row> rows = r.rows();
        double bestCpu =
                rows.stream().mapToDouble(CpuVsIoReport.Row::cpuSpeedup).max().orElse(1);
        double bestIo =
                rows.stream().mapToDouble(CpuVsIoReport.Row::ioSpeedup).max().orElse(1);
        CpuVsIoReport.Row threads = rows.get(1);
        CpuVsIoReport.Row children = rows.get(2);
        CpuVsIoReport.Row mix = rows.getLast();
        CpuVsIoReport.Payoff p = r.payoff();
        int kids = p.children();
        List<String> out = new ArrayList<>();
        out.add(texts.format(
                !p.coresFree() ? "cpu.busy" : bestCpu <= r.cores() * 1.1 ? "cpu" : "cpu.above", bestCpu, r.cores()));
        out.add(texts.format(children.cpuSpeedup() > 1 ? "procs.won" : "procs.lost", kids, children.cpuSpeedup()));
        out.add(texts.format(
                threads.cpuMs() < children.cpuMs() ? "threads.faster" : "threads.notFaster",
                r.cores(),
                threads.cpuSpeedup()));
        if (p.possible()) {
            out.add(texts.format(
                    "crossover",
                    kids,
                    p.childStartMs() / 1000.0,
                    r.fibN(),
                    p.perTaskMs(),
                    p.crossoverMs() / 1000.0,
                    p.crossoverTasks()));
        } else {
            out.add(texts.format("crossover.none", r.cores(), p.childStartMs() / 1000.0));
        }
        CpuVsIoReport.Case small = p.cases().getFirst();
        out.add(texts.format("case.small", small.tasks(), small.fibN()) + Texts.between() + outcome(texts, p, small));
        CpuVsIoReport.Case load = p.cases().getLast();
        out.add(texts.format("case.load", load.tasks(), load.fibN()) + Texts.between() + outcome(texts, p, load));
        out.add(texts.format("io", bestIo));
        out.add(texts.format(
                mix.cpuSpeedup() > 1 && mix.ioSpeedup() > 1 ? "mix" : "mix.costly",
                kids,
                mix.cpuSpeedup(),
                mix.ioSpeedup()));
        return out;
    }

    /** How one load went against the estimate: which side of the crossover, who won, and why if not as estimated. */
    private static String outcome(Texts texts, CpuVsIoReport.Payoff p, CpuVsIoReport.Case c) {
        String key = !p.possible()
                ? "outcome.oneCore"
                : c.aboveCrossover()
                        ? c.speedup() > 1
                                ? "outcome.above.won"
                                : p.coresFree() ? "outcome.above.lost" : "outcome.above.busy"
                        : c.speedup() > 1 ? "outcome.below.won" : "outcome.below.lost";
        return texts.format(key, c.oneThreadMs() / 1000.0, c.childJvmsMs() / 1000.0, c.speedup());
    }
}
