package dev.concdemo.demos.jvm.pinning;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows JEP 491: virtual threads that block inside {@code synchronized} no longer pin their
 * carrier, while a block under a native frame still does.
 *
 * <p>Try: {@code concdemo pinning --tasks 100 --block-ms 20}.
 */
@Scenario(chapter = Chapter.JVM, seed = "JEP 491")
@Command(
        name = "pinning",
        mixinStandardHelpOptions = true,
        description = {
            "synchronized no longer pins a virtual thread's carrier; a native frame still does.",
            "",
            "In a child JVM with 2 carriers, N virtual threads each sleep a block inside synchronized, then inside a "
                    + "Java comparator called by libc's qsort; JFR counts jdk.VirtualThreadPinned events.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo pinning --tasks 100 --block-ms 20")
public final class PinningDemo extends ScenarioCommand<PinningReport> {
    @Option(names = "--tasks", paramLabel = "N", description = "Virtual threads per row (default: 100; 4 to 2000).")
    private int tasks = 100;

    @Option(names = "--block-ms", paramLabel = "MS", description = "How long each blocks (default: 20; 1 to 200).")
    private int blockMs = 20;

    private volatile PinningRun run; // this run's; read by the thread that tells an interrupt

    public PinningDemo(Session session) {
        super(session);
    }

    @Override
    protected void check() {
        Ranges.check(spec, "--tasks", tasks, 4, 2000, null);
        Ranges.check(spec, "--block-ms", blockMs, 1, 200, null);
        if ((long) tasks * blockMs / 2 > 10_000) {
            Ranges.check(spec, "--tasks", tasks, 4, 20_000 / blockMs, "pinned, they would take over 10 s");
        }
    }

    @Override
    protected List<String> labels() {
        return List.of(PinningRun.MAIN, PidLabels.widest());
    }

    @Override
    protected void introduce(Narrator narrator) {
        Texts t = Texts.of(PinningDemo.class);
        narrator.say("@|bold pinning|@" + t.format("opening", tasks, blockMs));
        long pinnedFloorMs = (long) Math.ceil(tasks / 2.0) * blockMs; // 2 carriers, each held a block
        if (pinnedFloorMs >= 5_000) {
            narrator.sayPlain(Width.fill(t.format("long", pinnedFloorMs / 1000.0)));
        }
    }

    @Override
    protected PinningReport run(Narrator narrator) throws Exception {
        run = new PinningRun(narrator, tasks, Duration.ofMillis(blockMs));
        return run.run();
    }

    @Override
    protected String soFar() {
        PinningRun r = run;
        return r == null ? null : r.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, PinningReport report) {
        PinningSummary.print(narrator, report);
    }
}
