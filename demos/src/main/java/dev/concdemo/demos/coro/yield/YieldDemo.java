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
import picocli.CommandLine.Command;
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
public final class YieldDemo extends ScenarioCommand<YieldReport> {
    /** The seed's time.sleep(2) in the consumer. */
    static final Duration CONSUMER_SLEEP = Duration.ofSeconds(2);

    private final TimeScaleOption time = new TimeScaleOption();

    @Option(
            names = "--items",
            paramLabel = "N",
            description = "Items handed over when timing a call and a send (default: 1000000; 10000 to 100000000).")
    private int items = 1_000_000;

    private YieldRun run; // made on every run, when it is introduced

    public YieldDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected void check() {
        Ranges.check(spec, "--items", items, 10_000, 100_000_000, null);
        if (!Coroutine.available()) {
            throw new ScenarioFailure("the JDK's continuations are not exported to this JVM"
                    + " (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
    }

    @Override
    protected List<String> labels() {
        return YieldRun.labels();
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold yield|@" + Texts.of(YieldDemo.class).format("heading")); // the name in bold
        run = new YieldRun(narrator, time.scaled(CONSUMER_SLEEP), items);
    }

    @Override
    protected Expected expected() {
        Duration sleeps = CONSUMER_SLEEP.multipliedBy(YieldRun.ITEMS);
        Duration fixed = Duration.ofSeconds(2);
        return new Expected(time.about(sleeps, fixed), time.shorten(sleeps, fixed));
    }

    @Override
    protected YieldReport run(Narrator narrator) throws IOException, InterruptedException {
        return run.run();
    }

    @Override
    protected String soFar() {
        return run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, YieldReport report) {
        YieldSummary.print(narrator, report);
    }
}
