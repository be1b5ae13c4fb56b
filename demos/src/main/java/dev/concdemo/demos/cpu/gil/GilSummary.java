package dev.concdemo.demos.cpu.gil;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing part of a gil run: the CPU-bound table with and without the simulated GIL, the
 * IO-bound thread's waits, the old GIL's line, and what they prove, every sentence computed
 * from the report.
 */
final class GilSummary {
    private GilSummary() {}

    static void print(Narrator nar, GilReport r) {
        nar.sayPlain("");
        Texts texts = Texts.of(GilSummary.class);
        nar.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between()
                + texts.format("summary.note", r.cores()));
        Table cpu = new Table(
                "threads",
                "no GIL (JVM)",
                "speedup",
                "simulated GIL",
                "speedup",
                "switches",
                "drop reqs",
                "wasted wakes");
        r.cpu()
                .forEach(c -> cpu.row(
                        c.threads(),
                        Units.seconds(c.noGilMs() * 1_000_000),
                        Units.fixed2(c.noGilSpeedup()) + "x",
                        Units.seconds(c.gilMs() * 1_000_000),
                        Units.fixed2(c.gilSpeedup()) + "x",
                        c.gilSwitches(),
                        c.gilDropRequests(),
                        c.gilWastedWakeups()));
        cpu.lines("  ").forEach(nar::sayPlain);
        Width.wrap(texts.format("legend"), Width.COLUMNS, "   ").forEach(nar::sayPlain);
        nar.sayPlain("");
        Table io = new Table("IO-bound thread", "IO ops/s", "GIL wait p50", "p99", "max");
        r.io().forEach(o -> io.row(
                o.setup(),
                (long) o.opsPerSecond(),
                Units.fixed2(o.p50Ms()) + " ms",
                Units.fixed2(o.p99Ms()) + " ms",
                Units.fixed2(o.maxMs()) + " ms"));
        io.lines("  ").forEach(nar::sayPlain);
        GilReport.OldGilRow old = r.oldGil();
        nar.sayPlain(texts.format(
                "oldGil", old.threads(), old.ms() / 1000.0, old.speedup(), old.switches(), old.wastedWakeups()));
        nar.sayPlain("");
        GilReport.CpuRow last = r.cpu().getLast();
        GilReport.IoRow alone = r.io().getFirst();
        GilReport.IoRow convoy = r.io().getLast();
        long wasted =
                r.cpu().stream().mapToLong(GilReport.CpuRow::gilWastedWakeups).sum();
        GilReport.Race race = r.race();
        List<String> parts = new ArrayList<>();
        if (last.threads() > 1) {
            parts.add(texts.format("cpu", last.threads(), last.gilSpeedup(), last.noGilSpeedup(), r.cores()));
        }
        parts.add(texts.format("cost", r.oneThreadGilCost()));
        parts.add(texts.format(
                "io",
                Units.fixed2(convoy.p50Ms()),
                Units.fixed2(r.switchIntervalMs()),
                convoy.opsPerSecond(),
                alone.opsPerSecond()));
        parts.add(
                old.wastedWakeups() == 0
                        ? texts.format("wakeups.oldNone", old.switches(), old.ms(), wasted)
                        : wasted == 0
                                ? texts.format("wakeups.none", old.wastedWakeups())
                                : texts.format("wakeups.some", wasted, old.wastedWakeups()));
        parts.add(texts.format(
                race.withoutLock() < race.expected() ? "race.lost" : "race.none",
                race.threads(),
                race.withoutLock(),
                race.expected(),
                race.expected() - race.withoutLock(),
                race.lockedIncrements(),
                race.withOwnLock(),
                texts.format(race.withOwnLock() == race.lockedExpected() ? "noneLost" : "lostBug")));
        parts.forEach(p -> nar.sayPlain(Width.fill(p)));
    }
}
