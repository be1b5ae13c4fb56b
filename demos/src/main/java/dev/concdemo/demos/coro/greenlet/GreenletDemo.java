package dev.concdemo.demos.coro.greenlet;

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
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * greenlet (seed 002, Greenlet模块): explicit switching between stackful coroutines on one
 * thread, built on the JDK's internal continuations (jdk.internal.vm.Continuation, the
 * mechanism under virtual threads; internal API, labelled so in the output).
 *
 * <p>Try: {@code concdemo greenlet}.
 */
@Scenario(chapter = Chapter.COROUTINES, seed = "002 Greenlet模块")
@Command(
        name = "greenlet",
        mixinStandardHelpOptions = true,
        description = {
            "g1.switch(), g2.switch(): 1 2 3 4 on one thread; switching alone does not help IO.",
            "",
            "The greenlets are the JDK's own stackful coroutines, jdk.internal.vm.Continuation (an internal API: the"
                + " mechanism under virtual threads), switched by a small hub. Then what a switch costs beside a call,"
                + " and two tasks that block: as greenlets the blocks add up; as virtual threads they overlap.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo greenlet", "  concdemo greenlet --time-scale 0.3 --json"})
public final class GreenletDemo extends ScenarioCommand<GreenletReport> {
    /** Each task's block in step 3 (ours: the seed says only that a greenlet blocks on IO), before --time-scale. */
    static final Duration BLOCK = Duration.ofMillis(500);

    private final TimeScaleOption time = new TimeScaleOption();

    private int items = 1_000_000;

    private GreenletRun run; // this run's: what soFar() reads

    public GreenletDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Option(
            names = "--items",
            paramLabel = "N",
            description = "Items handed over in step 2 (default: 1000000; 1000 to 100000000).")
    void setItems(int value) {
        Ranges.check(spec, "--items", value, 1_000, 100_000_000, null);
        items = value;
    }

    @Override
    protected void check() {
        if (!Coroutine.available()) {
            throw new ScenarioFailure("the JDK's continuations are not exported to this JVM"
                    + " (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
    }

    @Override
    protected List<String> labels() {
        return List.of(
                GreenletRun.MAIN, GreenletRun.G1, GreenletRun.G2, GreenletRun.task(2), GreenletRun.virtualTask(2));
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold greenlet|@"
                + Texts.of(GreenletDemo.class).format("heading")); // the name in bold, then the bundle's words
    }

    @Override
    protected GreenletReport run(Narrator narrator) throws InterruptedException {
        run = new GreenletRun(narrator, time.scaled(BLOCK), items);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, GreenletReport report) {
        GreenletSummary.print(narrator, report);
    }
}
