package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Seed 003's whole point: every model side by side. Each model runs in its own child JVM
 * under the same loads, and one table and one bar chart show its strengths and weaknesses.
 *
 * <p>Try: {@code concdemo compare}, {@code concdemo compare --full}.
 */
@Scenario(chapter = Chapter.IO, seed = "003")
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Every server model under the same loads: req/s, latency, fairness, memory.",
            "",
            "Each model runs in its own child JVM. Loads: fib(1) as fast as possible on 1 and 8 connections; fib(25)"
                + " round trips; fib(1) beside a connection asking fib(32) in a loop (fairness: the share of its own"
                + " rate a model keeps); then idle connections held open, for the server's threads and memory per"
                + " connection (the process model: 8, each a child JVM; 64 with --full). The run says up front how"
                + " long it will take, summed from the phases it will run, child JVMs' starts included; --full uses 5"
                + " s windows and 5000 idle connections.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo compare",
            "  concdemo compare --models nio,virtual,threads --full",
            "  concdemo compare --json"
        })
public final class CompareDemo extends ScenarioCommand<Record> {

    public CompareDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--models",
            paramLabel = "M",
            split = ",",
            converter = Model.Converter.class,
            description = "Models to compare, comma-separated, of ${COMPLETION-CANDIDATES} (default: all).")
    private List<Model> models = Arrays.asList(Model.values());

    @Option(
            names = "--offload",
            paramLabel = "N",
            description =
                    "Serve the threads, pool and virtual models with --offload N (fib(n >= N) in nice-19 child JVMs).")
    private int offload;

    @Option(
            names = "--service",
            paramLabel = "SERVICE",
            converter = Service.Converter.class,
            description = "fib (default), or upper: the seeds' echo ('hello' for the rates, a 1 KB line for"
                    + " latency; no hog: it has no expensive request).")
    private Service service = Service.FIB;

    @Option(names = "--full", description = "5 s per load and 5000 idle connections (default: 0.5 s and 1000).")
    private boolean full;

    @Override
    public Integer call() throws Exception {
        Narrator n = session.narrator(common, 16);
        Ranges.check(spec, "--offload", offload, 0, FibService.DEFAULT_MAX_N, "0: none");
        if (offload > 0 && service == Service.UPPER) {
            throw new ParameterException(spec.commandLine(), "--offload moves fib(n) to child JVMs: upper has no fib");
        }
        ComparePlan plan = plan();
        Texts words = Texts.of(CompareDemo.class);
        n.say("@|bold compare|@"
                + words.format( // the name in bold, then the bundle's words
                        "heading",
                        plan.models().size(),
                        plan.models().size() == 1 ? "" : "s",
                        plan.window().toMillis() >= 1000
                                ? words.format("window.s", plan.window().toSeconds())
                                : words.format("window.ms", plan.window().toMillis()),
                        plan.idle(),
                        plan.idle() == 1 ? "" : "s"));
        CompareRun run = new CompareRun(plan, n);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        CompareReport report = run.run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(n, report);
        }
        return ExitCode.OK;
    }

    /** What this run will measure: the run executes it, and its announced time is summed from it. */
    ComparePlan plan() {
        return new ComparePlan(
                List.copyOf(models),
                full ? Duration.ofSeconds(5) : Duration.ofMillis(500),
                full ? 5000 : 1000,
                offload,
                service,
                full,
                Runtime.getRuntime().availableProcessors());
    }

    private static void summarize(Narrator n, CompareReport r) {
        n.sayPlain("");
        boolean fib = r.service().equals(Service.FIB.toString());
        Table table = new Table(
                "model",
                "req/s 1c",
                "req/s 8c",
                (fib ? "fib(25)" : "1 KB echo") + " p50",
                "p99",
                "beside hog",
                "threads",
                "KB/conn",
                "heap KB");
        for (ModelTrial.Figures f : r.models()) {
            table.row(
                    f.model(),
                    (long) f.rps1(),
                    (long) f.rps8(),
                    ms(f.heavyP50Ms()),
                    ms(f.heavyP99Ms()),
                    fib ? CompareRun.kept(f) : "-",
                    f.serverThreadsIdle() == null ? "-" : f.serverThreadsIdle().toString(),
                    kb(f.idleKbPerConnection()),
                    kb(f.idleHeapKbPerConnection()));
        }
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain(
                fib
                        ? "  1c, 8c: one and eight connections asking fib(1); beside hog: the share of its 1c rate kept"
                        : "  1c, 8c: one and eight connections sending 'hello' for 'HELLO'; no hog: nothing costs"
                                + " more");
        n.sayPlain("  threads: the server's own threads holding %d idle connections; KB/conn: its RSS growth"
                .formatted(r.idleConnections()));
        n.sayPlain("  per idle connection; heap KB: the part of it in the live heap");
        n.sayPlain("  (virtual threads' stacks and nio's buffers are there, platform threads' stacks are not)");
        if (fib && r.models().stream().anyMatch(f -> f.fairness() == null)) {
            n.sayPlain("  hog unserved: the server never answered the hog, so nothing was shared to measure");
        }
        n.sayPlain("");
        n.sayPlain("  req/s at 8 connections:");
        double most =
                r.models().stream().mapToDouble(ModelTrial.Figures::rps8).max().orElse(1);
        for (ModelTrial.Figures f : r.models()) {
            n.sayPlain(
                    String.format(Locale.ROOT, "  %-16s %s %.0f", f.model(), Chart.bar(f.rps8(), most, 40), f.rps8()));
        }
        r.models().stream()
                .filter(f -> !f.note().isEmpty())
                .forEach(f -> n.sayPlain("  note, " + f.model() + ": " + f.note()));
        n.sayPlain("");
        n.sayPlain(Width.fill(verdict(r)));
    }

    /** The summary: every sentence from this run's figures. */
    static String verdict(CompareReport r) {
        Texts texts = Texts.of(CompareDemo.class);
        List<String> out = new ArrayList<>();
        ModelTrial.Figures fastest = r.models().stream()
                .max(Comparator.comparingDouble(ModelTrial.Figures::rps8))
                .orElseThrow();
        out.add(texts.format("fastest", fastest.model(), fastest.rps8()));
        boolean fib = r.service().equals(Service.FIB.toString());
        if (!fib) {
            out.add(texts.format("noHog"));
        } else {
            out.add(texts.format("hog"));
            List<String> keptHalf = names(r.models().stream()
                    .filter(f -> f.fairness() != null && f.fairness() >= 0.5)
                    .toList());
            List<String> stalled = names(r.models().stream()
                    .filter(f -> f.fairness() != null && f.fairness() < 0.2)
                    .toList());
            if (!keptHalf.isEmpty()) {
                out.add(texts.format("keptHalf", join(keptHalf)));
            }
            if (!stalled.isEmpty()) {
                out.add(texts.format("stalled", join(stalled)));
            }
            // Each kind of model, for what it is, with what it did beside the hog (counted by the server).
            for (Model.Kind kind : Model.Kind.values()) {
                List<ModelTrial.Figures> group = r.models().stream()
                        .filter(f -> f.kind().equals(kind.toString()))
                        .toList();
                if (!group.isEmpty()) {
                    out.addAll(
                            kind == Model.Kind.PROCESS_EACH
                                    ? processSentences(texts, group.getFirst(), r.windowSeconds(), true)
                                    : kindSentences(texts, kind, group));
                }
            }
            List<String> unserved =
                    names(r.models().stream().filter(f -> f.fairness() == null).toList());
            if (!unserved.isEmpty()) {
                out.add(texts.format("unserved", join(unserved)));
            }
            if (r.models().stream().anyMatch(f -> f.fairness() != null && f.fairness() > 1)) {
                out.add(texts.format("above100"));
            }
        }
        if (!fib) {
            r.models().stream()
                    .filter(f -> f.kind().equals(Model.Kind.PROCESS_EACH.toString()))
                    .forEach(f -> out.addAll(processSentences(texts, f, r.windowSeconds(), false)));
        }
        return String.join(Texts.between(), out);
    }

    /** What a kind of model is, and what its members did while a fib(32) was being computed. */
    private static List<String> kindSentences(Texts texts, Model.Kind kind, List<ModelTrial.Figures> group) {
        List<String> out = new ArrayList<>();
        String names = join(names(group));
        int cores = Runtime.getRuntime().availableProcessors();
        out.add(texts.format(
                "kind." + kind,
                names,
                switch (kind) {
                    case THREAD_POOL -> 5; // compare starts the pool model with 5 threads
                    case PROCESS_POOL -> cores;
                    case HANDLER_POOL -> Math.max(2, cores);
                    default -> group.size();
                },
                texts.format(cores == 1 ? "childJvm.one" : "childJvm.many", cores)));
        if (kind == Model.Kind.ONE_AT_A_TIME) {
            return out; // its hog waited: told with the unserved
        }
        List<ModelTrial.Figures> served = group.stream()
                .filter(f -> f.answersBesideHog() != null && f.hogAnswers() > 0)
                .toList();
        List<ModelTrial.Figures> none =
                served.stream().filter(f -> f.answersBesideHog() == 0).toList();
        List<ModelTrial.Figures> some =
                served.stream().filter(f -> f.answersBesideHog() > 0).toList();
        if (!none.isEmpty()) {
            out.add(texts.format(
                    kind == Model.Kind.ONE_THREAD ? "besideNoneOneThread" : "besideNone", join(names(none))));
        }
        if (!some.isEmpty()) {
            out.add(texts.format(
                    kind == Model.Kind.ONE_THREAD ? "besideSomeOneThread" : "besideSome",
                    join(names(some)),
                    join(some.stream()
                            .map(f -> String.valueOf(f.answersBesideHog()))
                            .toList())));
        }
        if (kind == Model.Kind.ONE_THREAD
                && group.stream().anyMatch(f -> f.model().equals("coroutines"))) {
            out.add(texts.format("coroutinesStalled"));
        }
        group.stream()
                .filter(f ->
                        f.model().startsWith(Model.VIRTUAL.toString()) && f.fairness() != null && f.fairness() < 0.5)
                .findFirst()
                .ifPresent(f -> out.add(texts.format("virtualCarriers", f.fairness() * 100, cores)));
        return out;
    }

    /**
     * The process model's figures explained by what it does: a child JVM started for every
     * new connection, whose start each connection's first answer waits for.
     */
    private static List<String> processSentences(Texts texts, ModelTrial.Figures f, double windowSeconds, boolean fib) {
        List<String> out = new ArrayList<>();
        if (f.firstAnswerMs() == null) {
            out.add(texts.format("processNone", f.model(), f.seconds8()));
            return out;
        }
        out.add(
                f.fastestMs() == null
                        ? texts.format("processStartOnly", f.model(), f.firstAnswerMs())
                        : texts.format("processStart", f.model(), f.firstAnswerMs(), f.fastestMs()));
        double ofWindow = f.firstAnswerMs() / (windowSeconds * 1000);
        out.add(texts.format(
                ofWindow >= 1 ? "processLong" : "processShort",
                ofWindow >= 1 ? ofWindow : ofWindow * 100,
                f.requests8(),
                f.seconds8(),
                f.rps8(),
                f.requests8() / 8.0,
                texts.format(f.requests8() == 1 ? "request.one" : "request.many", f.requests8())));
        if (fib && f.fairness() == null && f.firstAnswerMs() > windowSeconds * 1000) {
            out.add(texts.format("processHog", windowSeconds));
        }
        return out;
    }

    /** A list as the run's language writes one: "a, b" in English, "a、b" in Chinese. */
    private static String join(List<String> items) {
        return String.join(Texts.lang() == Lang.ZH ? "、" : ", ", items);
    }

    private static List<String> names(List<ModelTrial.Figures> figures) {
        return figures.stream().map(ModelTrial.Figures::model).toList();
    }

    private static String kb(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.3f ms", value);
    }
}
