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
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
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
public final class GreenletDemo extends ScenarioCommand<Record> {
    /** Each task's block in step 3 (ours: the seed says only that a greenlet blocks on IO), before --time-scale. */
    static final Duration BLOCK = Duration.ofMillis(500);

    private final TimeScaleOption time = new TimeScaleOption();

    @Option(
            names = "--items",
            paramLabel = "N",
            description = "Items handed over in step 2 (default: 1000000; 1000 to 100000000).")
    private int items = 1_000_000;

    public GreenletDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws InterruptedException {
        Ranges.check(spec, "--items", items, 1_000, 100_000_000, null);
        if (!Coroutine.available()) {
            throw new ScenarioFailure("the JDK's continuations are not exported to this JVM"
                    + " (run it as ./concdemo, whose jar says Add-Exports: java.base/jdk.internal.vm)");
        }
        Narrator n = session.narrator(common, 6);
        n.say("@|bold greenlet|@"
                + Texts.of(GreenletDemo.class).format("heading")); // the name in bold, then the bundle's words
        GreenletRun run = new GreenletRun(n, time.scaled(BLOCK), items);
        session.measuredSoFar(run::soFar);
        GreenletReport r = run.run();
        common.print(session, r, () -> {
            n.sayPlain("");
            n.sayPlain(Texts.of(GreenletDemo.class)
                    .format(
                            "summary",
                            String.join(" ", r.printed()),
                            r.thread(),
                            fixed(r.switchNsPerItem()),
                            fixed(r.callNsPerItem()),
                            fixed(r.greenletsMs() / 1e3),
                            fixed(4 * r.blockMs() / 1e3),
                            fixed(r.virtualThreadsMs() / 1e3)));
        });
        return ExitCode.OK;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
