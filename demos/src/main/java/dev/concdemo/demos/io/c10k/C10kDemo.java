package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * c10k (seed 002's select/poll/epoll limits, seed 000's three server designs): thousands of
 * idle connections held open against each model while a normal client is served; what each
 * connection costs a model, and whether the normal client notices.
 *
 * <p>Try: {@code concdemo c10k --steps 1000,5000}.
 */
@Scenario(chapter = Chapter.IO, seed = "002 select/poll/epoll, 000 服务器设计")
@Command(
        name = "c10k",
        mixinStandardHelpOptions = true,
        description = {
            "15,000 to 100,000 idle connections per model: threads, memory, a normal client's p99.",
            "",
            "Each model serves in its own child JVM; this process holds the idle connections, from several loopback"
                + " source addresses (127.0.0.2 on). At each step: how fast the new ones were accepted, the server's"
                + " threads, its RSS and live heap per connection, and the round trips of one more client asking"
                + " fib(1). Where a model stops, the run says what it ran into.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo c10k", "  concdemo c10k --models nio,threads --steps 1000,5000 --json"})
public final class C10kDemo extends ScenarioCommand<C10kReport> {
    /** The most --steps takes: fs.nr_open's default is 1,048,576 descriptors a process. */
    static final int MOST = 1_000_000;

    /** 15,000, then 50,000 and 100,000 where the machine allows; 50 is the process model's step. */
    static final List<Integer> DEFAULT_STEPS = List.of(0, 50, 15_000, 50_000, 100_000);

    /** Models that serve a fixed number of connections at once: idle ones would take them all. */
    static final Set<Model> CANNOT = Set.of(Model.SYNC, Model.POOL);

    private List<Model> models = List.of(Model.PROCESS, Model.THREADS, Model.NIO, Model.VIRTUAL, Model.COROUTINES);
    private List<Integer> steps = DEFAULT_STEPS;

    private int probes = 500;

    @Option(
            names = "--probes",
            paramLabel = "N",
            description = "Round trips of the normal client a step (default: 500).")
    void setProbes(int value) {
        Ranges.check(spec, "--probes", value, 100, 100_000, null);
        probes = value;
    }

    public C10kDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--models",
            paramLabel = "M",
            split = ",",
            converter = Model.Converter.class,
            description = "Models to load (default: process,threads,nio,virtual,coroutines; not sync or pool).")
    void setModels(List<Model> values) {
        if (values.isEmpty()) {
            return; // picocli's reset before parsing: the default stays
        }
        for (Model m : values) {
            if (CANNOT.contains(m)) {
                throw new ParameterException(
                        spec.commandLine(),
                        "%s serves a fixed number of connections at once: idle ones would hold them all".formatted(m));
            }
        }
        models = values.stream().distinct().toList();
    }

    @Option(
            names = "--steps",
            paramLabel = "N",
            split = ",",
            description = "Idle connections at each step (default: 0,50,15000,50000,100000; 50 is the process"
                    + " model's one step: it starts 64 JVMs at most). The open-files limit is raised to fit"
                    + " where the kernel allows; a model stops at it otherwise, and says so.")
    void setSteps(List<Integer> values) {
        if (values.isEmpty()) {
            return; // picocli's reset before parsing: the default stays
        }
        for (int v : values) {
            if (v < 0 || v > MOST) {
                throw new ParameterException(
                        spec.commandLine(), "--steps takes counts from 0 to %,d, not %d".formatted(MOST, v));
            }
        }
        List<Integer> sorted =
                new ArrayList<>(values.stream().distinct().sorted().toList());
        if (sorted.getFirst() != 0) {
            sorted.addFirst(0); // the baseline every per-connection figure is measured from
        }
        steps = List.copyOf(sorted);
    }

    private ClientBudget budget; // this run's: the descriptor limit raised for its largest step

    @Override
    protected void prepare() {
        budget = ClientBudget.raisedFor(steps.getLast());
    }

    private C10kRun run; // once started: what a Ctrl-C reports

    @Override
    protected List<String> labels() {
        return models.stream().map(C10kRun::label).toList();
    }

    @Override
    protected void introduce(Narrator n) {
        Texts t = Texts.of(C10kDemo.class);
        n.say("@|bold c10k|@"
                + t.format(
                        "heading",
                        String.join(", ", steps.stream().map("%,d"::formatted).toList()),
                        models)); // the name in bold, then the bundle's words
        n.sayPlain(Width.fill(t.format(
                "limits",
                budget.limits().soft(),
                budget.limits().wanted(),
                budget.raised(t),
                IdleClients.sourcesFor(Math.min(steps.getLast(), budget.clientsAtMost())))));
    }

    @Override
    protected Expected expected() {
        Duration shorter = C10kEstimate.of(models, List.of(0, 1_000, 5_000), budget.clientsAtMost());
        return new Expected(
                C10kEstimate.of(models, steps, budget.clientsAtMost()),
                Texts.of(C10kDemo.class).format("shorten", Units.secondsSaid(shorter.toNanos())));
    }

    @Override
    protected C10kReport run(Narrator n) throws Exception {
        ClientBudget b = budget;
        C10kStops.Said limitWhy = x -> x.format("stop.clientLimit", b.limits().soft(), b.raised(x), b.clientsAtMost());
        run = new C10kRun(models, steps, probes, b.clientsAtMost(), limitWhy, n);
        List<C10kReport.ModelSteps> measured = run.run();
        return new C10kReport(
                probes, b.limits().soft(), b.limits().wanted(), b.limits().refused(), b.clientsAtMost(), measured);
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    public List<Figure> figures(C10kReport report) {
        return C10kFigures.of(report);
    }

    @Override
    protected void summarize(Narrator n, C10kReport report) {
        C10kSummary.print(n, report);
    }
}
