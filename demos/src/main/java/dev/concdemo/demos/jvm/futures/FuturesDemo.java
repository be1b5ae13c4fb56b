package dev.concdemo.demos.jvm.futures;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Command;

/**
 * Shows CompletableFuture's stages (java.util.concurrent.CompletableFuture): a future is a value
 * that will be there later; a stage is a function added to it, run when it is. Which thread runs
 * a stage follows rules ({@link Rule}): the caller, the completing thread, the common pool for
 * {@code *Async}, or a given executor. Then blocking stages starve the common pool, whose
 * parallelism is cores - 1, and a quick stage waits behind them; on an own executor it does not.
 *
 * <p>Try: {@code concdemo futures --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.JVM, seed = "java.util.concurrent.CompletableFuture")
@Command(
        name = "futures",
        mixinStandardHelpOptions = true,
        description = {
            "CompletableFuture: the thread each stage runs on; blocking starves the common pool.",
            "",
            "A pipeline of thenApply, thenCompose, thenCombine, allOf, anyOf, exceptionally and orTimeout, "
                    + "each stage telling the thread it ran on and the rule that put it there. Then stages that "
                    + "sleep 0.3 s fill the common pool and a quick stage waits; on an own executor it runs at once.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo futures --time-scale 0.5")
public final class FuturesDemo extends ScenarioCommand<FuturesReport> {
    private final TimeScaleOption time = new TimeScaleOption();

    private volatile FuturesRun run; // this run's; read by the thread that tells an interrupt

    public FuturesDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected List<String> labels() {
        return List.of(Pipeline.MAIN, Pipeline.COMPLETER, Pipeline.OWN + 1);
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts t = Texts.of(FuturesDemo.class);
        narrator.say("@|bold futures|@"
                + t.format(
                        "opening",
                        Runtime.getRuntime().availableProcessors(),
                        ForkJoinPool.getCommonPoolParallelism(),
                        FuturesRun.blockers()));
        narrator.sayPlain(t.format("python"));
        narrator.sayPlain("");
    }

    @Override
    protected FuturesReport run(Narrator narrator) throws Exception {
        run = new FuturesRun(time::scaled, narrator);
        return run.run();
    }

    @Override
    protected String soFar() {
        FuturesRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, FuturesReport report) {
        FuturesSummary.print(narrator, report);
    }
}
