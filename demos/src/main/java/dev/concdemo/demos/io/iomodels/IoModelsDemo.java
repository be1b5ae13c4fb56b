package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.SeedOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import picocli.CommandLine.Command;
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
public final class IoModelsDemo extends ScenarioCommand<IoModelsReport> {
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

    /** The counts of --sockets that fit under this process's open-files limit. */
    private List<Integer> counts() {
        return sockets.stream()
                .filter(c -> c <= ProcStat.openFilesLimit() - SPARE_DESCRIPTORS)
                .toList();
    }

    @Override
    protected List<String> labels() {
        return List.of("client", "server", "main", SignalDriven.HANDLER_THREAD, AsyncRead.handlerName(1));
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold iomodels|@" + Texts.of(IoModelsDemo.class).format("heading")); // the name, then the words
        if (counts().size() < sockets.size()) {
            long limit = ProcStat.openFilesLimit();
            narrator.sayPlain("  " + Texts.of(IoModelsDemo.class).format("leftOut", limit - SPARE_DESCRIPTORS, limit));
        }
    }

    @Override
    protected Expected expected() {
        Duration sleeps = Duration.ofSeconds(2 + 1 + 6 + 1);
        Duration fixed = Duration.ofSeconds(4);
        return new Expected(time.about(sleeps, fixed), time.shorten(sleeps, fixed));
    }

    private IoModelsRun running;

    @Override
    protected IoModelsReport run(Narrator narrator) throws IOException, InterruptedException {
        running = new IoModelsRun(
                narrator, time.timeScale(), new Random(seeds.draw()), counts(), ProcStat.openFilesLimit());
        return running.run();
    }

    @Override
    protected String soFar() {
        return running == null ? null : running.soFar();
    }

    @Override
    public List<Figure> figures(IoModelsReport report) {
        return IoModelsFigures.of(report);
    }

    @Override
    protected void summarize(Narrator narrator, IoModelsReport report) {
        IoModelsSummary.print(narrator, report);
    }
}
