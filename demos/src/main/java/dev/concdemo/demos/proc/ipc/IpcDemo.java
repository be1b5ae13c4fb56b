package dev.concdemo.demos.proc.ipc;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.SeedOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * Inter-process communication through a queue (seed 001, 进程间通信, IPC机制, 生产者、消费者模型):
 * processes share no memory, so they send each other data, here through the seed's Queue(5)
 * kept by this process and reached over Unix-domain sockets.
 *
 * <p>Try: {@code concdemo ipc}, then {@code concdemo ipc --producers 3 --consumers 1 --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 进程间通信, Queue(5), 生产者消费者")
@Command(
        name = "ipc",
        mixinStandardHelpOptions = true,
        description = {
            "Queue(5) between processes: both ways, child to child, blocking put/get, producers.",
            "",
            "The seed's Queue(5), kept by concdemo and reached by every process over its own Unix-domain socket: items"
                + " cross with the pids at both ends. A put waits on a full queue and a get on an empty one, across"
                + " processes; get_nowait and get(timeout) raise; empty() is out of date as soon as it answers. Then"
                + " producer and consumer child JVMs, stopped by one None per consumer, and by a JoinableQueue's"
                + " task_done and join.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo ipc", "  concdemo ipc --producers 3 --consumers 1 --time-scale 0.3 --json"})
public final class IpcDemo extends ScenarioCommand<Record> {
    /** The seed's q.get(timeout=3). */
    static final Duration GET_TIMEOUT = Duration.ofSeconds(3);

    private final TimeScaleOption time = new TimeScaleOption();
    private final SeedOption seeds = new SeedOption();

    @Option(names = "--producers", paramLabel = "N", description = "Producer processes (default: 2; 1 to 16).")
    private int producers = 2;

    @Option(names = "--consumers", paramLabel = "N", description = "Consumer processes (default: 2; 1 to 16).")
    private int consumers = 2;

    @Option(names = "--items", paramLabel = "N", description = "Buns each producer makes (default: 5; 1 to 1000).")
    private int items = 5;

    public IpcDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Ranges.check(spec, "--producers", producers, 1, 16, "each is a JVM");
        Ranges.check(spec, "--consumers", consumers, 1, 16, "each is a JVM");
        Ranges.check(spec, "--items", items, 1, 1000, null);
        Narrator n = session.narrator(common, 10);
        n.say("@|bold ipc|@"
                + Texts.of(IpcDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
        double scale = time.timeScale();
        // Makers take ~125 ms an item, eaters ~200 ms; twice (None, join); plus the get(timeout) and ~14 JVM starts.
        double rounds = 2 * Math.max(items * 0.125, producers * items * 0.2 / consumers);
        Duration sleeps = Duration.ofMillis(Math.round((3 + rounds) * 1000));
        Duration fixed = Duration.ofMillis((10 + 2L * (producers + consumers)) * 150);
        Duration about = time.about(sleeps, fixed);
        IpcReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(sleeps, fixed))) {
            IpcRun run = new IpcRun(n, time.scaled(GET_TIMEOUT), scale, seeds.draw(), producers, consumers, items);
            session.measuredSoFar(run::soFar);
            r = run.run();
        }
        common.print(session, r, () -> {
            IpcReport.Round pills = r.rounds().get(0);
            IpcReport.Round join = r.rounds().get(1);
            n.sayPlain("");
            n.sayPlain(Texts.of(IpcDemo.class)
                    .format(
                            "summary",
                            Texts.of(IpcDemo.class)
                                    .format(
                                            r.messages().size() == 1 ? "item" : "items",
                                            r.messages().size()),
                            Units.millis((long) (r.sixthPutWaitedMs() * 1e6)).replace(" ms", ""),
                            Units.millis((long) (r.blockingGetWaitedMs() * 1e6)).replace(" ms", ""),
                            Units.millis((long) (r.getTimeoutRaisedAfterMs() * 1e6))
                                    .replace(" ms", ""),
                            verdict(pills),
                            verdict(join)));
        });
        return ExitCode.OK;
    }

    private static String verdict(IpcReport.Round round) {
        Texts t = Texts.of(IpcDemo.class);
        return round.exactlyOnce()
                ? t.format("verdict.once", round.made())
                : t.format("verdict.not", round.made(), round.eaten(), round.duplicates(), round.missing());
    }
}
