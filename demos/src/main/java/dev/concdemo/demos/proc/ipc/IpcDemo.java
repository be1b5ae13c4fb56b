package dev.concdemo.demos.proc.ipc;

import dev.concdemo.demos.proc.PidLabels;
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
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
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
public final class IpcDemo extends ScenarioCommand<IpcReport> {
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
    protected void check() {
        Ranges.check(spec, "--producers", producers, 1, 16, "each is a JVM");
        Ranges.check(spec, "--consumers", consumers, 1, 16, "each is a JVM");
        Ranges.check(spec, "--items", items, 1, 1000, null);
    }

    private IpcRun run;

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest());
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold ipc|@"
                + Texts.of(IpcDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
    }

    @Override
    protected Expected expected() {
        // Makers take ~125 ms an item, eaters ~200 ms; twice (None, join); plus the get(timeout) and ~14 JVM starts.
        double rounds = 2 * Math.max(items * 0.125, producers * items * 0.2 / consumers);
        Duration sleeps = Duration.ofMillis(Math.round((3 + rounds) * 1000));
        Duration fixed = Duration.ofMillis((10 + 2L * (producers + consumers)) * 150);
        return new Expected(time.about(sleeps, fixed), time.shorten(sleeps, fixed));
    }

    @Override
    protected IpcReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new IpcRun(
                narrator, time.scaled(GET_TIMEOUT), time.timeScale(), seeds.draw(), producers, consumers, items);
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, IpcReport report) {
        IpcSummary.print(narrator, report);
    }
}
