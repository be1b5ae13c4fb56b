package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * Shows which collections are thread-safe (seed 000 says Python's list, dict and set are, which
 * is why threads share state cheaply there): a collection is thread-safe when concurrent
 * calls leave it as some one-at-a-time order of them would. Java's ArrayList and HashMap are
 * not: threads adding at once lose elements or make it throw. The synchronized and concurrent
 * collections never lose one. And a thread-safe map still does not make a check-then-act
 * atomic: two steps, each safe, are not one safe step.
 *
 * <p>Try: {@code concdemo collections}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "000 list, dict, set thread-safe")
@Command(
        name = "collections",
        mixinStandardHelpOptions = true,
        description = {
            "Threads adding to ArrayList/HashMap lose elements; concurrent collections never do.",
            "",
            "Threads released together each add their own elements to one shared collection, trial after trial; what"
                    + " is missing at the end and what threw is counted. CPython's list.append is one bytecode, done"
                    + " under the GIL, so it is atomic there; Java's ArrayList.add is several steps with nothing"
                    + " between threads. Then a check-then-act (containsKey, then put) on a ConcurrentHashMap,"
                    + " against putIfAbsent.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo collections",
            "  concdemo collections --threads 2 --adds 1000    smaller: fewer losses, still some",
            "  concdemo collections --json"
        })
public final class CollectionsDemo extends ScenarioCommand<Record> {
    public CollectionsDemo(Session session) {
        super(session);
    }

    @Option(names = "--threads", paramLabel = "N", description = "Threads adding at once (default: 4; 2 to 64).")
    private int threads = 4;

    @Option(
            names = "--adds",
            paramLabel = "N",
            description = "Elements each thread adds per trial (default: 20000; 100 to 1000000; CopyOnWriteArrayList"
                    + " gets a tenth: each of its adds copies the array).")
    private int adds = 20_000;

    @Option(names = "--trials", paramLabel = "T", description = "Trials per collection (default: 20; 1 to 1000).")
    private int trials = 20;

    @Override
    public Integer call() throws InterruptedException {
        Ranges.check(spec, "--threads", threads, 2, 64, "a race needs two");
        Ranges.check(spec, "--adds", adds, 100, 1_000_000, null);
        Ranges.check(spec, "--trials", trials, 1, 1000, null);
        Narrator n = session.narrator(common, 28);
        n.say("@|bold collections|@"
                + Texts.of(CollectionsDemo.class).format(trials == 1 ? "opening.1" : "opening", threads, adds, trials));
        n.sayPlain("");
        CollectionsRun run = new CollectionsRun(threads, adds, trials, n);
        if (!common.json()) {
            session.measuredSoFar(run::soFar);
        }
        CollectionsReport report = run.run();
        if (common.json()) {
            common.printJson(session, report);
        } else {
            summarize(n, report);
        }
        return ExitCode.OK;
    }

    private static void summarize(Narrator n, CollectionsReport r) {
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + Texts.between()
                + Texts.of(CollectionsDemo.class)
                        .format(r.trials() == 1 ? "heading.1" : "heading", r.trials(), r.threads()));
        Table table = new Table("collection", "adds", "trials lost", "elements lost", "threw", "hung", "time");
        for (CollectionsReport.Row row : r.rows()) {
            table.row(
                    row.collection(),
                    "%d x %,d".formatted(r.threads(), row.addsPerThread()),
                    row.trialsLost(),
                    "%,d".formatted(row.elementsLost()),
                    row.trialsThrew(),
                    row.trialsHung(),
                    Units.seconds(row.ms() * 1_000_000));
        }
        table.lines("  ").forEach(n::sayPlain);
        r.rows().stream()
                .filter(row -> !row.exceptions().isEmpty())
                .forEach(row -> n.sayPlain("  %s threw: %s".formatted(row.collection(), row.exceptions())));
        n.sayPlain("");
        Texts texts = Texts.of(CollectionsDemo.class);
        var unsafe = r.rows().stream().filter(row -> !row.threadSafe()).toList();
        int broken = (int) unsafe.stream()
                .filter(row -> row.trialsLost() > 0 || row.trialsThrew() > 0 || row.trialsHung() > 0)
                .count();
        long safeLost = r.rows().stream()
                .filter(CollectionsReport.Row::threadSafe)
                .mapToLong(row -> row.elementsLost() + row.trialsThrew())
                .sum();
        n.sayPlain(Width.fill(
                broken > 0
                        ? texts.format("unsafe", broken, unsafe.size())
                        : texts.format("unsafe.lucky", unsafe.size())));
        r.rows().stream()
                .filter(row -> row.trialsHung() > 0)
                .forEach(row -> n.sayPlain(Width.fill(texts.format(
                        "hung",
                        row.collection(),
                        texts.format("trials", row.trialsHung(), r.trials()),
                        row.hangs().getFirst().where()))));
        n.sayPlain(Width.fill(safeLost == 0 ? texts.format("safe") : texts.format("safe.lost", safeLost)));
        CollectionsReport.Claims c = r.claims();
        n.sayPlain(Width.fill(
                c.claimedTwiceCheckThenAct() > 0
                        ? texts.format("claims", c.claimedTwiceCheckThenAct(), c.keys(), c.claimedTwicePutIfAbsent())
                        : texts.format("claims.none", c.keys(), c.claimedTwicePutIfAbsent())));
    }
}
