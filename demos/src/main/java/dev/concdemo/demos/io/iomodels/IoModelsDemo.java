package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.SeedOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * iomodels (seed 002, 五种IO模型; seed 001, 四种IO模型简介): blocking, non-blocking,
 * multiplexing, signal-driven and asynchronous IO, each on real sockets, and the seed's
 * comparison of the two phases of a read, measured.
 *
 * <p>Try: {@code concdemo iomodels --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.IO, seed = "002 五种IO模型, 001 四种IO模型简介")
@Command(
        name = "iomodels",
        mixinStandardHelpOptions = true,
        description = {
            "Five IO models on real sockets: which phase of a read blocks; poll vs epoll, timed.",
            "",
            "Blocking (the seed's 2 s server), non-blocking (accept and read return at once; the seed's polling server"
                + " and the core it burns), multiplexing (select then read; one select's cost over idle sockets under"
                + " poll and epoll, each in a child JVM; level-triggered readiness), signal-driven (SIGIO on a socket"
                + " pair made through FFM, with an unsupported API) and asynchronous (a completion handler).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo iomodels", "  concdemo iomodels --time-scale 0.3 --sockets 0,1000,5000"})
public final class IoModelsDemo extends ScenarioCommand<Record> {
    /** Descriptors kept free beside the sockets: the JVM's own, the child's pipes. */
    static final int SPARE_DESCRIPTORS = 200;

    private final TimeScaleOption time = new TimeScaleOption();
    private final SeedOption seeds = new SeedOption();
    private List<Integer> sockets = List.of(0, 1_000, 5_000, 10_000);

    public IoModelsDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--sockets",
            paramLabel = "N",
            split = ",",
            description = "Idle sockets under one select, poll and epoll (default: 0,1000,5000,10000;"
                    + " each at most the open-files limit less 200).")
    void setSockets(List<Integer> values) {
        long most = ProcStat.openFilesLimit() - SPARE_DESCRIPTORS;
        for (int count : values) {
            if (count < 0 || count > most) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--sockets takes counts from 0 to %d (the open-files limit, %d, less %d), not %d"
                                .formatted(most, ProcStat.openFilesLimit(), SPARE_DESCRIPTORS, count));
            }
        }
        sockets = values.stream().distinct().sorted().toList();
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        long limit = ProcStat.openFilesLimit();
        List<Integer> counts =
                sockets.stream().filter(c -> c <= limit - SPARE_DESCRIPTORS).toList();
        Narrator n = session.narrator(common, 14);
        n.say("@|bold iomodels|@"
                + Texts.of(IoModelsDemo.class).format("heading")); // the name in bold, then the bundle's words
        if (counts.size() < sockets.size()) {
            n.sayPlain("  (socket counts above %d left out: the open-files limit is %d)"
                    .formatted(limit - SPARE_DESCRIPTORS, limit));
        }
        Duration sleeps = Duration.ofSeconds(2 + 1 + 6 + 1);
        Duration fixed = Duration.ofSeconds(4);
        Duration about = time.about(sleeps, fixed);
        IoModelsReport r;
        try (Narrator.Progress _ = n.expect(about, time.shorten(sleeps, fixed))) {
            IoModelsRun run = new IoModelsRun(n, time.timeScale(), new Random(seeds.draw()), counts, limit);
            session.measuredSoFar(run::soFar);
            r = run.run();
        }
        common.print(session, r, () -> {
            n.sayPlain("");
            n.sayPlain(Width.fill(summary(r)));
        });
        return ExitCode.OK;
    }

    /** Every sentence from this run's figures. */
    private static String summary(IoModelsReport r) {
        Texts t = Texts.of(IoModelsDemo.class);
        StringBuilder out = new StringBuilder();
        NonBlocking.Result nb = r.nonBlocking();
        out.append(t.format("blocking", r.blocking().readMs()));
        out.append(Texts.between())
                .append(t.format(
                        "nonBlocking",
                        nb.acceptReturned(),
                        nb.readReturned(),
                        nb.pollingCpuShare() * 100,
                        nb.selectorCpuShare() * 100,
                        nb.intervalMs(),
                        nb.latenciesMs().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0)));
        Multiplexing.Result m = r.multiplexing();
        double blockingRt = Multiplexing.median(m.blockingMicros());
        double selectRt = Multiplexing.median(m.selectMicros());
        out.append(Texts.between())
                .append(t.format(
                        "oneConnection",
                        IoModelsRun.fixed(selectRt, 1),
                        IoModelsRun.fixed(blockingRt, 1),
                        t.format(selectRt > 0.95 * blockingRt ? "noFaster" : "faster")));
        Map<Integer, Double> poll = r.selectMicros().get("poll");
        Map<Integer, Double> epoll = r.selectMicros().get("epoll");
        if (r.socketCounts().size() >= 2) {
            int least = r.socketCounts().getFirst();
            int most = r.socketCounts().getLast();
            out.append(Texts.between())
                    .append(t.format(
                            "selectCost",
                            least,
                            IoModelsRun.fixed(poll.get(least), 2),
                            most,
                            IoModelsRun.fixed(poll.get(most), 2),
                            IoModelsRun.fixed(epoll.get(least), 2),
                            IoModelsRun.fixed(epoll.get(most), 2)));
        }
        out.append(Texts.between())
                .append(t.format(
                        "levelTriggered",
                        m.reportsUnread(),
                        t.format(m.reportedAfterPartialRead() ? "still" : "noLonger")));
        SignalDriven.Result s = r.signalDriven();
        out.append(Texts.between())
                .append(
                        s.worked()
                                ? t.format("signal", s.signalMicros(), s.handlerThread(), s.readMicros())
                                : t.format("noSignal", s.why()));
        AsyncRead.Result a = r.asynchronous();
        out.append(Texts.between()).append(t.format("async", a.returnedMicros(), a.handlerMs(), a.handlerThread()));
        return out.toString();
    }
}
