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
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
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
public final class EventDemo extends ScenarioCommand<Record> {
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

    @Override
    public Integer call() throws InterruptedException {
        Ranges.check(spec, "--tries", tries, 1, 100, null);
        PrintWriter out = session.out();
        Narrator n = session.narrator(common, 10);
        long seed = seeds.draw();
        int delaySeconds = new Random(seed).nextInt(2, 5); // random.randint(2, 4)
        Duration every = time.scaled(RETRY_EVERY);
        Duration delay = time.scaled(Duration.ofSeconds(delaySeconds));
        String after = delay.equals(Duration.ofSeconds(delaySeconds))
                ? Texts.of(EventDemo.class).format("after", delaySeconds)
                : Texts.of(EventDemo.class).format("after.scaled", delay.toNanos() / 1e9, delaySeconds);
        n.say("@|bold event|@" + Texts.of(EventDemo.class).format("opening", after));
        n.sayPlain("  two conn_mysql threads try every %s, %s (random numbers from --seed %d)"
                .formatted(Units.secondsMs(every.toNanos()), Units.count(tries, "time"), seed));
        n.sayPlain("");

        EventReport report = new EventRun(seed, delaySeconds, delay, every, tries, n).run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            n.sayPlain("");
            n.sayPlain(
                    report.waiters().stream().anyMatch(EventReport.Waiter::connected)
                            ? Texts.of(EventDemo.class).format("connected")
                            : Texts.of(EventDemo.class)
                                    .format(
                                            "gave-up",
                                            Texts.of(EventDemo.class).format(tries == 1 ? "try" : "tries", tries),
                                            Units.secondsMs(every.toNanos()),
                                            Units.secondsMs(
                                                    every.multipliedBy(tries).toNanos()),
                                            Units.secondsMs(delay.toNanos()),
                                            Texts.of(EventDemo.class)
                                                    .format(tries == 3 ? "gave-up.notes" : "gave-up.more")));
        }
        return ExitCode.OK;
    }
}
