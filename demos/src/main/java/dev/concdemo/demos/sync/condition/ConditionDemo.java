package dev.concdemo.demos.sync.condition;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Shows condition variables (seed 000: threading's Condition): a bounded buffer where a
 * fast producer waits while it is full and a slow consumer waits while it is empty, each
 * woken by the other's signal. The waits, with their predicates, are printed as they happen.
 *
 * <p>Try: {@code concdemo condition --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "000 names Condition")
@Command(
        name = "condition",
        mixinStandardHelpOptions = true,
        description = {
            "A bounded buffer on two Conditions: put waits while full, take while empty.",
            "",
            "The producer puts 10 items quickly, then pauses; the consumer takes them slowly. First the buffer fills "
                    + "and the producer waits on notFull; later it drains and the consumer waits on notEmpty.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo condition --capacity 3 --time-scale 0.5")
public final class ConditionDemo extends ScenarioCommand<ConditionReport> {
    static final Duration FAST = Duration.ofMillis(20);
    static final Duration SLOW = Duration.ofMillis(150);

    private final TimeScaleOption time = new TimeScaleOption();

    public ConditionDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Option(names = "--capacity", paramLabel = "N", description = "The buffer's capacity (default: 3; 1 to 1000).")
    private int capacity = 3;

    @Option(names = "--items", paramLabel = "N", description = "Items to pass (default: 10; 1 to 100000).")
    private int items = 10;

    @Override
    protected void check() {
        Ranges.check(spec, "--capacity", capacity, 1, 1000, null);
        Ranges.check(spec, "--items", items, 1, 100_000, null);
    }

    @Override
    protected List<String> labels() {
        return List.of(ConditionRun.PRODUCER, ConditionRun.CONSUMER);
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold condition|@" + Texts.of(ConditionDemo.class).format("opening", capacity));
        narrator.sayPlain("");
    }

    @Override
    protected ConditionReport run(Narrator narrator) throws InterruptedException {
        return new ConditionRun(capacity, items, time::scaled, narrator).run();
    }

    @Override
    protected void summarize(Narrator narrator, ConditionReport report) {
        ConditionSummary.print(narrator, report);
    }
}
