package dev.concdemo.demos.coro.yield;

import dev.concdemo.demos.coro.Coroutine;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * Generators (seed 002, 协程前篇: yield saves a function's state; send passes a value in):
 * switching between functions on one thread, what a switch costs beside a call and beside
 * threads taking turns, and a generator that does not switch when it blocks. The generators
 * are the JDK's internal continuations (jdk.internal.vm.Continuation), labelled as such.
 *
 * <p>Try: {@code concdemo yield --time-scale 0.2}.
 */
@Scenario(chapter = Chapter.COROUTINES, seed = "002 协程前篇 (yield, send)")
@Command(
        name = "yield",
        mixinStandardHelpOptions = true,
        description = {
            "Generators: 1 2 3 4 on one thread; send costs a switch; a blocking consumer: 5 x 2 s.",
            "",
            "The seed's three yield programs, with generators made from the JDK's internal continuations"
                + " (jdk.internal.vm.Continuation, the mechanism under virtual threads). Step 2 also times one"
                + " hand-over four ways: a call, a generator's send, two virtual threads on one carrier (a child JVM),"
                + " two platform threads pinned to one core.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo yield", "  concdemo yield --time-scale 0.2 --json"})
public final class YieldDemo extends ScenarioCommand<Record> {
    /** The seed's time.sleep(2) in the consumer. */
    static final Duration CONSUMER_SLEEP = Duration.ofSeconds(2);

    private final TimeScaleOption time = new TimeScaleOption();

    @Option(
            names = "--items",
            paramLabel = "N",
            description = "Items handed over when timing a call and a send (default: 1000000; 10000 to 100000000).")
    private int items = 1_000_000;

    public YieldDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Ranges.check(spec, "--items", items, 10_000, 100_000_000, null);
        if (!Coroutine.available()) {
            throw new ScenarioFailure("the JDK's continuations are not exported to this JVM"
                    + " (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
        Narrator n = session.narrator(common, 8);
        n.say("@|bold yield|@"
                + Texts.of(YieldDemo.class).format("heading")); // the name in bold, then the bundle's words
        Duration sleeps = CONSUMER_SLEEP.multipliedBy(5);
        Duration fixed = Duration.ofSeconds(2);
        Duration about = time.about(sleeps, fixed);
        YieldReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(sleeps, fixed))) {
            YieldRun run = new YieldRun(n, time.scaled(CONSUMER_SLEEP), items);
            session.measuredSoFar(run::soFar);
            r = run.run();
        }
        common.print(session, r, () -> {
            n.sayPlain("");
            n.sayPlain(Texts.of(YieldDemo.class)
                    .format(
                            "summary",
                            String.join(" ", r.printed()),
                            fixed(r.generatorNs()),
                            fixed(r.callNs()),
                            fixed(r.virtualThreadNs()),
                            fixed(r.platformThreadNs()),
                            String.format(Locale.ROOT, "%.2f", r.sleepingTotalMs() / 1e3),
                            String.format(Locale.ROOT, "%.2f", 5 * r.sleepMs() / 1e3)));
        });
        return ExitCode.OK;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }
}
