package dev.concdemo.demos.sync.event;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.SeedOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows an event (seed 001, Event事件): some threads wait until another signals that they may
 * go on. The seed's conn_mysql threads retry every 0.5 s, up to 3 times, until check_mysql
 * has set the event after 2 to 4 s. Java's one-shot event is a {@link CountDownLatch} of one.
 *
 * <p>Try: {@code concdemo event --seed 7}, then {@code concdemo event --seed 7 --tries 10}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 Event事件")
@Command(
        name = "event",
        mixinStandardHelpOptions = true,
        description = {
            "conn_mysql waits for check_mysql's event, retrying every 0.5 s, 3 times.",
            "",
            "check_mysql sets the event after 2, 3 or 4 s (random.randint(2, 4), from --seed). Two conn_mysql threads"
                + " wait for it 0.5 s at a time and give up after their tries with the seed's timeout error. With the"
                + " seed's numbers they always give up (3 x 0.5 s < 2 s); --tries 10 lets them connect.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo event --seed 7                 the seed's numbers: the waiters time out",
            "  concdemo event --seed 7 --tries 10      enough tries to see the event",
            "  concdemo event --time-scale 0.2 --json"
        })
public final class EventDemo extends ScenarioCommand<EventReport> {
    static final Duration RETRY_EVERY = Duration.ofMillis(500); // the seed's event.wait(0.5)

    private final TimeScaleOption time = new TimeScaleOption();

    private final SeedOption seeds = new SeedOption();

    public EventDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time, seeds);
    }

    @Option(
            names = "--tries",
            paramLabel = "N",
            description = "Attempts per waiter before the timeout error (default: 3, as the seed; 1 to 100).")
    private int tries = 3;

    /** What the run is given: the seed's numbers, drawn and scaled. */
    record Settings(long seed, int delaySeconds, Duration delay, Duration every, int tries) {}

    private Settings settings; // this run's, drawn afresh

    @Override
    protected void prepare() {
        long seed = seeds.draw();
        int delaySeconds = new Random(seed).nextInt(2, 5); // random.randint(2, 4)
        settings = new Settings(
                seed, delaySeconds, time.scaled(Duration.ofSeconds(delaySeconds)), time.scaled(RETRY_EVERY), tries);
    }

    @Override
    protected void check() {
        Ranges.check(spec, "--tries", tries, 1, 100, null);
    }

    @Override
    protected List<String> labels() {
        return Stream.concat(EventRun.WAITERS.stream(), Stream.of(EventRun.CHECKER))
                .toList();
    }

    @Override
    protected void introduce(Narrator narrator) {
        EventSummary.introduce(narrator, settings);
    }

    @Override
    protected EventReport run(Narrator narrator) throws InterruptedException {
        Settings s = settings;
        return new EventRun(s.delaySeconds(), s.delay(), s.every(), s.tries(), narrator).run();
    }

    @Override
    protected void summarize(Narrator narrator, EventReport report) {
        EventSummary.print(narrator, settings, report);
    }
}
