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
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.time.Duration;
import java.util.Arrays;
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
 * <p>Try: {@code concdemo compare} (about 30 s), {@code concdemo compare --full}.
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
                + " connection. The quick default takes about 30 s; --full uses 5 s windows and 5000 idle"
                + " connections.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo compare",
            "  concdemo compare --models nio,virtual,threads --full",
            "  concdemo compare --json"
        })
public final class CompareDemo extends ScenarioCommand {

    public CompareDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--models",
            paramLabel = "M",
            split = ",",
            converter = Model.Converter.class,
            description = "Models to compare (default: all ten).")
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
        Duration window = full ? Duration.ofSeconds(5) : Duration.ofMillis(500);
        int idle = full ? 5000 : 1000;
        n.say("@|bold compare|@ (seed 003): %d models, each in its own child JVM; %s per load, %d idle connections"
                .formatted(
                        models.size(),
                        window.toMillis() >= 1000 ? window.toSeconds() + " s" : window.toMillis() + " ms",
                        idle));
        CompareRun run = new CompareRun(models, window, idle, offload, service, n);
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
    private static String verdict(CompareReport r) {
        Texts texts = Texts.of(CompareDemo.class);
        ModelTrial.Figures fastest = r.models().stream()
                .max(java.util.Comparator.comparingDouble(ModelTrial.Figures::rps8))
                .orElseThrow();
        List<String> keptHalf = r.models().stream()
                .filter(f -> f.fairness() != null && f.fairness() >= 0.5)
                .map(ModelTrial.Figures::model)
                .toList();
        List<String> stalled = r.models().stream()
                .filter(f -> f.fairness() != null && f.fairness() < 0.2)
                .map(ModelTrial.Figures::model)
                .toList();
        List<String> unserved = r.models().stream()
                .filter(f -> f.fairness() == null)
                .map(ModelTrial.Figures::model)
                .toList();
        StringBuilder out = new StringBuilder(texts.format("fastest", fastest.model(), fastest.rps8()));
        if (!r.service().equals(Service.FIB.toString())) {
            return out.append(Texts.between()).append(texts.format("noHog")).toString();
        }
        out.append(Texts.between()).append(texts.format("hog"));
        if (!keptHalf.isEmpty()) {
            out.append(Texts.between()).append(texts.format("keptHalf", String.join(", ", keptHalf)));
        }
        if (!stalled.isEmpty()) {
            out.append(Texts.between()).append(texts.format("stalled", String.join(", ", stalled)));
            if (stalled.contains(Model.COROUTINES.toString())) {
                out.append(Texts.between()).append(texts.format("coroutinesStalled"));
            }
        }
        // Counted by the server: answers given while a fib(32) was being computed, where one was.
        List<ModelTrial.Figures> hogServed = r.models().stream()
                .filter(f -> f.answersBesideHog() != null && f.hogAnswers() > 0)
                .toList();
        List<String> besideNone = hogServed.stream()
                .filter(f -> f.answersBesideHog() == 0)
                .map(ModelTrial.Figures::model)
                .toList();
        List<ModelTrial.Figures> besideSome =
                hogServed.stream().filter(f -> f.answersBesideHog() > 0).toList();
        if (!besideNone.isEmpty()) {
            out.append(Texts.between()).append(texts.format("besideNone", String.join(", ", besideNone)));
        }
        if (!besideSome.isEmpty()) {
            out.append(Texts.between())
                    .append(texts.format(
                            "besideSome",
                            String.join(
                                    ", ",
                                    besideSome.stream()
                                            .map(ModelTrial.Figures::model)
                                            .toList()),
                            String.join(
                                    ", ",
                                    besideSome.stream()
                                            .map(f -> String.valueOf(f.answersBesideHog()))
                                            .toList())));
        }
        if (!unserved.isEmpty()) {
            out.append(Texts.between()).append(texts.format("unserved", String.join(", ", unserved)));
            if (unserved.contains(Model.SYNC.toString())) {
                out.append(Texts.between()).append(texts.format("syncUnserved"));
            }
        }
        if (r.models().stream().anyMatch(f -> f.fairness() != null && f.fairness() > 1)) {
            out.append(Texts.between()).append(texts.format("above100"));
        }
        return out.toString();
    }

    private static String kb(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.3f ms", value);
    }
}
