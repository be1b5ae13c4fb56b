package dev.concdemo.demos.sync.queue;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Shows a blocking queue, behaviour by behaviour in the seed's order (001, 队列 and 线程q):
 * Queue(5) is full after five puts and a sixth blocks; get blocks on an empty queue;
 * get_nowait raises at once, get(timeout=3) after 3 s; full() and empty() are true only for
 * an instant; and FIFO, LIFO and priority queues give the same items back in three orders.
 *
 * <p>Try: {@code concdemo queue --time-scale 0.3}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 队列, 线程q")
@Command(
        name = "queue",
        mixinStandardHelpOptions = true,
        description = {
            "Queue(5) behaviour by behaviour; FIFO, LIFO and priority queues.",
            "",
            "Java's ArrayBlockingQueue(5) is the seed's Queue(5): put/take block, offer/poll take a timeout, remove() "
                    + "is get_nowait. LinkedBlockingDeque used from one end is LifoQueue; PriorityBlockingQueue is "
                    + "PriorityQueue. Blocked threads are shown by their state until something frees them.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo queue --time-scale 0.3")
public final class QueueDemo extends ScenarioCommand<QueueReport> {
    /** The seed's get(timeout=3), before --time-scale. */
    static final Duration SEED_TIMEOUT = Duration.ofSeconds(3);
    /** How long a blocked put or get is watched before it is freed, before --time-scale. */
    static final Duration WATCH = Duration.ofSeconds(1);

    private final TimeScaleOption time = new TimeScaleOption();

    public QueueDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    protected List<String> labels() {
        return List.of(QueueRun.label(QueueRun.STEPS));
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold queue|@" + Texts.of(QueueDemo.class).format("opening"));
        narrator.sayPlain("");
    }

    @Override
    protected QueueReport run(Narrator narrator) throws InterruptedException {
        return new QueueRun(time.scaled(WATCH), time.scaled(SEED_TIMEOUT), narrator).run();
    }

    @Override
    protected void summarize(Narrator narrator, QueueReport report) {
        narrator.sayPlain("");
        narrator.sayPlain(
                Texts.of(QueueDemo.class).format("summary", report.checkThenActFailures(), report.raceTrials()));
    }
}
