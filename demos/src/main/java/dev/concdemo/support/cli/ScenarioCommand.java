package dev.concdemo.support.cli;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.PageFacts;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape every scenario command has, written once. A scenario declares its own options
 * and fills in the steps; this class runs them in order ({@link #call()}):
 *
 * <ol>
 *   <li>{@link #check()}: options checked together (a usage error, exit 2);
 *   <li>{@link #prepare()}: this run's settings, drawn afresh (a seed, a limit raised);
 *   <li>a narrator whose label column is as wide as the widest of {@link #labels()};
 *   <li>{@link #introduce}: the opening lines, what is about to run;
 *   <li>{@link #expected()}: if the run is long, how long and how to shorten it, said up front
 *       (with a status line on a terminal while it runs);
 *   <li>{@link #run}: the experiment, narrated as it happens, returning its report; meanwhile
 *       {@link #soFar()} is what Ctrl-C tells;
 *   <li>the report as one JSON document with {@code --json}, else {@link #summarize};
 *   <li>{@link #exitCode}.
 * </ol>
 *
 * <p>One command object may run many times (the shell, tests): what a run computes belongs
 * in fields set by these steps on every run, never in a cache filled "once, on first use".
 *
 * <p>It also holds the run's {@link Session} (handed to the constructor by the CLI's factory),
 * picocli's model of the command (for usage errors) and the {@link CommonOptions}.
 *
 * @param <R> the report: a record, what {@code --json} prints
 */
public abstract class ScenarioCommand<R extends Record> implements Callable<Integer> {
    /** --json, --color, --trace, --lang. */
    @Mixin
    protected CommonOptions common;

    /** This command as picocli sees it. */
    @Spec
    protected CommandSpec spec;

    /** The run this command is part of: its output, clock, cancel signal and trace. */
    protected final Session session;

    protected ScenarioCommand(Session session) {
        this.session = session;
    }

    /** How long a run will take, said up front when that is long, and how to make it shorter. */
    public record Expected(Duration about, String howToShorten) {}

    /** The options written once and shared by some scenarios ({@link CodedOption}) that this one takes. */
    public List<CodedOption> options() {
        return List.of();
    }

    /**
     * Checks the options against each other (each option's own range is checked where it is
     * set, with {@link Ranges}): throw picocli's {@code ParameterException} for a bad combination.
     */
    protected void check() {}

    /**
     * Computes this run's settings from the options (a seed drawn, a limit raised). Runs on
     * every run, after {@link #check()}: fields set here belong to this run.
     */
    protected void prepare() {}

    /**
     * The labels this run's timestamped lines carry (thread names, "main", "pid 12345"): the
     * label column is as wide as the widest, so every line lines up from the first.
     */
    protected Collection<String> labels() {
        return List.of();
    }

    /** The opening lines: what is about to run, with the settings that matter. */
    protected void introduce(Narrator narrator) {}

    /** How long the run will take and how to shorten it; null for a run too short to mention. */
    protected Expected expected() {
        return null;
    }

    /** The experiment: narrates what happens as it happens, returns what it measured. */
    protected abstract R run(Narrator narrator) throws Exception;

    /**
     * What the run has measured so far, one line, told if it is interrupted; null for nothing.
     * Read on this command's thread once {@link #run} has stopped.
     */
    protected String soFar() {
        return null;
    }

    /**
     * With --python: what the scenario's own Python program measured in a real CPython beside
     * this run (a record implementing support.proc's RunByCPython), printed under {@code python}
     * in --json; null without (the default). The Demo keeps it, typed, for its summary. Read
     * once {@link #run} has returned.
     */
    protected Record python() {
        return null;
    }

    /**
     * With --html: the charts and tables this run's numbers call for, drawn on its page beside
     * the timeline, in the run's language; none by default. Called once {@link #run} has returned.
     */
    public List<Figure> figures(R report) {
        return List.of();
    }

    /** The closing summary, every sentence computed from {@code report}. */
    protected abstract void summarize(Narrator narrator, R report);

    /** The exit status: {@link ExitCode#OK} unless the run itself failed. */
    protected int exitCode(R report) {
        return ExitCode.OK;
    }

    @Override
    public final Integer call() throws Exception {
        check();
        prepare();
        Narrator narrator = session.narrator(common, widest(labels()));
        if (session.writesPage()) {
            session.page(pageFacts());
        }
        introduce(narrator);
        if (!common.json()) {
            session.measuredSoFar(this::soFar); // with --json, an interrupted run prints no document
        }
        Expected expected = expected();
        R report;
        try (Narrator.Progress _ = expected == null
                ? Narrator.Progress.NONE
                : narrator.expect(expected.about(), expected.howToShorten())) {
            report = run(narrator);
        }
        if (common.json()) {
            common.printJson(session, report);
        }
        session.summaryBegins();
        if (!common.json() || session.writesPage()) { // with --json, the summary is said to the page only
            summarize(narrator, report);
        }
        if (session.writesPage()) {
            session.page(session.page().measured(figures(report), Json.write(common.document(report))));
        }
        return exitCode(report);
    }

    /** What this run's page says about it before it runs: the command, its seed, its settings. */
    private PageFacts pageFacts() {
        Double timeScale = null;
        Long seed = null;
        for (CodedOption option : options()) {
            switch (option) {
                case TimeScaleOption time -> timeScale = time.timeScale();
                case SeedOption seeds -> seed = seeds.drawn();
                case PythonOption _ -> {}
            }
        }
        Scenario scenario = getClass().getAnnotation(Scenario.class);
        List<String> args = spec.commandLine().getParseResult() == null
                ? List.of()
                : spec.root().commandLine().getParseResult().originalArgs();
        return PageFacts.of(spec.name(), args, scenario == null ? "" : scenario.seed(), timeScale, seed, Texts.lang());
    }

    private static int widest(Collection<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Adds each scenario's {@link #options()} to its command: call it where the command line
     * is built, before parsing (the CLI and the tests do).
     */
    public static CommandLine addOptions(CommandLine commandLine) {
        if (commandLine.getCommand() instanceof ScenarioCommand<?> scenario) {
            CommandSpec spec = commandLine.getCommandSpec();
            scenario.options().forEach(option -> option.specs(spec).forEach(spec::addOption));
        }
        commandLine.getSubcommands().values().forEach(ScenarioCommand::addOptions);
        return commandLine;
    }
}
