package dev.concdemo.demos.sync.prodcons;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.EnumConverter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.SeedOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Shows the producer-consumer model (seed 001, 生产者消费者模型): producers and consumers never
 * talk to each other, only to a bounded blocking queue between them, which absorbs the
 * difference in their speeds. Two ways to stop: a poison pill per consumer (the seed's
 * {@code q.put(None)}), or a join-able queue (task_done / join). Every item is checked to be
 * consumed exactly once.
 *
 * <p>Try: {@code concdemo prodcons --time-scale 0.3}, {@code concdemo prodcons --stop join}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 生产者消费者模型")
@Command(
        name = "prodcons",
        mixinStandardHelpOptions = true,
        description = {
            "Producers and consumers on a bounded queue; stop by poison pills or join().",
            "",
            "Producers make items (0.05 to 0.2 s each) and put them in a Queue(5); consumers take and handle them more"
                + " slowly (0.2 to 0.5 s), so the queue fills: our pace, the seed's section has no sleeps. A full"
                + " queue blocks producers, an empty one consumers. When the producers are done, --stop pill puts one"
                + " None per consumer; --stop join waits until every item is handled (task_done) and then lets the"
                + " consumers go.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo prodcons --time-scale 0.3",
            "  concdemo prodcons --stop join --producers 3 --consumers 2",
            "  concdemo prodcons --pills per-producer --consumers 3   the seed's wording strands a consumer",
            "  concdemo prodcons --items 100 --time-scale 0.05 --json"
        })
public final class ProdConsDemo extends ScenarioCommand<ProdConsReport> {
    /** How long making or handling one item takes, at most, before --time-scale (each is random below it). */
    static final Duration WORK = Duration.ofMillis(500);

    static final class PillsConverter extends EnumConverter<Pills> {
        PillsConverter() {
            super(Pills.class);
        }
    }

    static final class StopConverter extends EnumConverter<Stop> {
        StopConverter() {
            super(Stop.class);
        }
    }

    private final TimeScaleOption time = new TimeScaleOption();

    private final SeedOption seeds = new SeedOption();

    public ProdConsDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Option(
            names = "--stop",
            paramLabel = "HOW",
            converter = StopConverter.class,
            description = "pill (a None per consumer, see --pills) or join (JoinableQueue). Default: pill.")
    private Stop stop = Stop.PILL;

    @Option(
            names = "--pills",
            paramLabel = "HOW",
            converter = PillsConverter.class,
            description = "With --stop pill: per-consumer (one None each, correct; the default) or per-producer (the"
                    + " seed's wording, which strands a consumer when consumers outnumber producers).")
    private Pills pills;

    @Option(names = "--producers", paramLabel = "N", description = "Producer threads (default: 2; 1 to 50).")
    private int producers = 2;

    @Option(names = "--consumers", paramLabel = "N", description = "Consumer threads (default: 2; 1 to 50).")
    private int consumers = 2;

    @Option(names = "--items", paramLabel = "N", description = "Items each producer makes (default: 10; 1 to 100000).")
    private int items = 10;

    @Option(
            names = "--capacity",
            paramLabel = "N",
            description = "The queue's capacity (default: 5, the seed's Queue(5); 1 to 10000).")
    private int capacity = 5;

    private ProdConsRun run; // made once, when the run is introduced

    @Override
    protected void check() {
        check("--producers", producers, 50);
        check("--consumers", consumers, 50);
        check("--items", items, 100_000);
        check("--capacity", capacity, 10_000);
        if (pills != null && stop != Stop.PILL) {
            throw new ParameterException(spec.commandLine(), "--pills counts poison pills: it goes with --stop pill");
        }
    }

    @Override
    protected List<String> labels() {
        return List.of(ProdConsRun.producerName(producers), ProdConsRun.consumerName(consumers), ProdConsRun.MAIN);
    }

    @Override
    protected void introduce(Narrator narrator) {
        String how = stop == Stop.JOIN
                ? "JoinableQueue.join()"
                : Texts.of(ProdConsDemo.class).format("pill." + pills().per());
        ProdConsSummary.introduce(narrator, producers, items, consumers, capacity, how);
        run = new ProdConsRun(
                producers, consumers, items, capacity, stop, pills(), time.scaled(WORK), seeds.draw(), narrator);
    }

    @Override
    protected ProdConsReport run(Narrator narrator) throws InterruptedException {
        return run.run();
    }

    @Override
    protected String soFar() {
        return run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, ProdConsReport report) {
        ProdConsSummary.print(narrator, report);
    }

    @Override
    protected int exitCode(ProdConsReport report) {
        if (!report.exactlyOnce()) {
            throw new IllegalStateException("items were lost or handled twice: " + report);
        }
        return ExitCode.OK;
    }

    private Pills pills() {
        return pills == null ? Pills.PER_CONSUMER : pills;
    }

    private void check(String option, int value, int max) {
        Ranges.check(spec, option, value, 1, max, null);
    }
}
