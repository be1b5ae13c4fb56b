package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * You are the scheduler. Each program retells a seed's bug as a few numbered lines per
 * thread, each line one atomic step; an interleaving is one order of all the steps. The
 * learner picks which thread moves next (on a terminal), replays a schedule (--schedule), or
 * sees every interleaving at once, counted by outcome (--explore), as The Deadlock Empire
 * plays and jcstress counts.
 *
 * <p>Try: {@code concdemo interleave ticket --explore}, then {@code concdemo interleave ticket}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 线程互斥锁, 死锁与递归锁, 队列, 信号量, Event事件; 000 Condition")
@Command(
        name = "interleave",
        mixinStandardHelpOptions = true,
        description = {
            "Play the scheduler over a seed's bug; replay a schedule; see every interleaving.",
            "",
            "Each program is a few numbered lines per thread, each line one atomic step. On a terminal you pick the"
                    + " thread that moves next (keys 1, 2, 3; u undoes, r restarts, ? explains, q quits) until the"
                    + " program breaks or every thread ends. --schedule 1,1,2 replays an order of steps anywhere;"
                    + " --explore visits every order and counts how each ends.",
            "",
            "Programs: ticket (a lost update), abba (deadlock), check-then-act (q.empty() then q.get()), pills (one"
                    + " None for two consumers), if-not-while (a condition wait tested once), semaphore (a release"
                    + " never acquired), event (every try misses), lazy-init (two singletons).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo interleave ticket                        play: make an update get lost",
            "  concdemo interleave ticket --explore              all 20 interleavings, 18 lose an update",
            "  concdemo interleave abba --schedule 1,2           the two steps to a deadlock",
            "  concdemo interleave abba --explore --variant fixed   one order of locks: none deadlocks",
            "  concdemo interleave ticket --explore --threads 4 --json"
        })
public final class InterleaveDemo extends ScenarioCommand<Record> {
    @Parameters(
            index = "0",
            paramLabel = "PROGRAM",
            converter = ProgramName.Converter.class,
            description = "ticket, abba, check-then-act, pills, if-not-while, semaphore, event or lazy-init.")
    private ProgramName name;

    @Option(
            names = "--variant",
            paramLabel = "V",
            converter = Variant.Converter.class,
            description = "broken (as the seed wrote it) or fixed. Default: broken.")
    private Variant variant = Variant.BROKEN;

    @Option(
            names = "--schedule",
            paramLabel = "LIST",
            description = "Replay these threads' steps in this order, e.g. 1,1,2,2,2,1, and print each state.")
    private String schedule;

    @Option(names = "--explore", description = "Visit every interleaving; count outcomes and distinct states.")
    private boolean explore;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads, for the programs whose threads all run the same code: ticket (2 to 8), abba (2"
                    + " to 6), lazy-init (2 to 6).")
    private Integer threads;

    private Machine machine; // this run's program, built in prepare()
    private List<Integer> steps; // the parsed --schedule, or null
    private volatile Replay replay; // the schedule being replayed, for soFar()
    private volatile Play play; // the game being played, for soFar()

    public InterleaveDemo(Session session) {
        super(session);
    }

    @Override
    protected void check() {
        if (threads != null) {
            if (!name.takesThreads()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--threads: %s has a fixed cast of %d threads; --threads is for ticket, abba and lazy-init"
                                .formatted(name, name.threads));
            }
            if (threads < name.fewest || threads > name.most) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--threads must be between %d and %d for %s, not %d"
                                .formatted(name.fewest, name.most, name, threads));
            }
        }
        if (explore && schedule != null) {
            throw new ParameterException(spec.commandLine(), "--explore and --schedule: give one of them");
        }
        if (common.json() && !explore && schedule == null) {
            throw new ParameterException(
                    spec.commandLine(), "--json needs --explore or --schedule: playing happens at the keyboard");
        }
    }

    @Override
    protected void prepare() {
        machine = new Machine(name.build(variant, threads == null ? name.threads : threads));
        replay = null;
        play = null;
        steps = null;
        if (schedule != null) {
            try {
                steps = Schedule.parse(schedule);
            } catch (IllegalArgumentException bad) {
                throw new ParameterException(spec.commandLine(), "--schedule: " + bad.getMessage());
            }
            Words english = new Words(name, Texts.of(Words.class, dev.concdemo.support.term.Lang.EN));
            String problem = Schedule.problem(machine, steps, english::reason);
            if (problem != null) {
                throw new ParameterException(spec.commandLine(), "--schedule: " + problem);
            }
        }
    }

    @Override
    protected List<String> labels() {
        return IntStream.rangeClosed(1, machine.threads())
                .mapToObj(t -> "T" + t)
                .toList();
    }

    @Override
    protected void introduce(Narrator narrator) {
        Words words = new Words(name);
        Texts t = words.texts();
        narrator.say("@|bold interleave " + name + "|@" + t.format("opening", variant, machine.threads(), name.seed));
        narrator.sayPlain(Width.fill(words.story()));
        narrator.sayPlain(Width.fill(
                variant == Variant.BROKEN ? t.format("goal", words.goal()) : t.format("holds", words.fix())));
        narrator.sayPlain("");
        Listing.lines(machine.program(), null, narrator.columns() - 2).forEach(l -> narrator.sayPlain("  " + l));
        narrator.sayPlain(
                "  " + Listing.shared(machine.program(), machine.start().shared()));
        narrator.sayPlain("");
    }

    @Override
    protected Record run(Narrator narrator) throws Exception {
        Words words = new Words(name);
        if (explore) {
            return explore(narrator);
        }
        if (steps != null) {
            replay = new Replay(machine, narrator, words);
            return replay.run(steps);
        }
        if (session.inputIsTerminal() && session.outputIsTerminal()) {
            play = new Play(session, machine, words, narrator);
            return play.play();
        }
        narrator.sayPlain(Width.fill(words.texts().format("notTerminal", name)));
        return new Replay(machine, narrator, words).report(List.of(), null);
    }

    private ExploreReport explore(Narrator narrator) throws InterruptedException {
        Explorer.Exploration found;
        try {
            found = Explorer.explore(machine);
        } catch (Explorer.TooManyStates past) {
            throw new ScenarioFailure(
                    Texts.of(InterleaveDemo.class).format("tooMany", name, Explorer.MAX_STATES, machine.threads()));
        }
        RealRuns.Counted real = null;
        if (name == ProgramName.TICKET && variant == Variant.BROKEN) {
            narrator.sayPlain(Texts.of(InterleaveDemo.class).format("realRunning", RealRuns.RUNS, machine.threads()));
            real = RealRuns.count(machine.threads());
        }
        return new ExploreReport(
                name.toString(),
                variant.toString(),
                machine.threads(),
                found.interleavings(),
                found.states(),
                found.outcomes(),
                found.badCount(),
                found.bad(),
                found.shortestFailing().isEmpty() ? null : found.shortestFailing(),
                real);
    }

    @Override
    public List<Figure> figures(Record report) {
        return report instanceof ExploreReport explored ? InterleaveFigures.of(explored) : List.of();
    }

    @Override
    protected String soFar() {
        Replay replayed = replay;
        Play played = play;
        int steps = replayed != null ? replayed.steps() : played != null ? played.steps() : -1;
        return steps < 0 ? null : Texts.of(InterleaveDemo.class).format("soFar", steps);
    }

    @Override
    protected void summarize(Narrator narrator, Record report) {
        Words words = new Words(name);
        switch (report) {
            case ExploreReport explored -> ExploreSummary.print(narrator, explored, words, command());
            case ReplayReport replayed -> ReplaySummary.print(narrator, replayed, words, command());
            default -> throw new IllegalStateException("no summary for " + report);
        }
    }

    /** "concdemo interleave ticket --threads 3": the command a summary offers to run again. */
    private String command() {
        List<String> parts = new ArrayList<>(List.of("concdemo", "interleave", name.toString()));
        if (variant != Variant.BROKEN) {
            parts.add("--variant " + variant);
        }
        if (threads != null && threads != name.threads) {
            parts.add("--threads " + threads);
        }
        return parts.stream().collect(Collectors.joining(" "));
    }
}
