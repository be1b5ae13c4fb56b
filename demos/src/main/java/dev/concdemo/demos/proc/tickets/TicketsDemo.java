package dev.concdemo.demos.proc.tickets;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * A mutex between processes (seed 001, 互斥锁: Lock, acquire, release, and "lock only the part
 * that touches the data"). The workload is the classic ticket-buying exercise, not the seed's:
 * buyer processes share one ticket file. Without a lock the last ticket is sold several times;
 * with {@link java.nio.channels.FileChannel#lock}, an OS lock on the file, exactly the stock is.
 *
 * <p>Try: {@code concdemo tickets}, then {@code concdemo tickets --lock}.
 */
@Scenario(chapter = Chapter.PROCESSES, seed = "001 互斥锁 (ticket buyers)")
@Command(
        name = "tickets",
        mixinStandardHelpOptions = true,
        description = {
            "Buyer processes share a ticket file: oversold without a lock, exact with --lock.",
            "",
            "Each buyer is a child JVM. All are released together once every JVM is up; each searches (reads the"
                + " stock, no lock) then buys: reads, waits 0.1 s for the network, writes one less. With --lock the"
                + " buy holds FileChannel.lock, an OS lock on the file. The workload is the classic exercise, not the"
                + " seed's, which gives only Lock, acquire and release.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo tickets", "  concdemo tickets --lock", "  concdemo tickets --buyers 20 --stock 3 --json"})
public final class TicketsDemo extends ScenarioCommand<Record> {
    /** The buy's wait for the "network", before --time-scale. */
    static final Duration NETWORK = Duration.ofMillis(100);

    private final TimeScaleOption time = new TimeScaleOption();

    @Option(names = "--buyers", paramLabel = "N", description = "Buyer processes (default: 10; 1 to 64).")
    private int buyers = 10;

    @Option(
            names = "--stock",
            paramLabel = "N",
            description = "Tickets in the file at the start (default: 1; 0 to 1000).")
    private int stock = 1;

    @Option(names = "--lock", description = "Hold the file lock around each buy (the fix).")
    private boolean lock;

    public TicketsDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Ranges.check(spec, "--buyers", buyers, 1, 64, "each is a JVM; this machine has 2 cores");
        Ranges.check(spec, "--stock", stock, 0, 1000, null);
        Narrator n = session.narrator(common, 10);
        n.say("@|bold tickets|@"
                + Texts.of(TicketsDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
        Duration network = time.scaled(NETWORK);
        TicketsRun run = new TicketsRun(n, buyers, stock, lock, network);
        session.measuredSoFar(run::soFar);
        TicketsReport r = run.run();
        Texts texts = Texts.of(TicketsDemo.class);
        common.print(session, r, () -> {
            n.sayPlain("");
            n.sayPlain(
                    lock
                            ? texts.format(
                                    "locked",
                                    r.maxConcurrentBuys(),
                                    buys(texts, r.buyers().size()),
                                    texts.format(
                                            r.buyers().size() == 1
                                                    ? "alone"
                                                    : r.maxConcurrentBuys() <= 1 ? "serial" : "overlapped"),
                                    Units.millis((long) (r.buyPhaseMs() * 1e6)),
                                    Units.millis(network.toNanos()),
                                    texts.format(r.sold() == 1 ? "ticket" : "tickets", r.sold()),
                                    r.stock(),
                                    r.fileAtEnd())
                            : texts.format(
                                    r.buyers().size() == 1
                                            ? "unlocked.alone"
                                            : r.maxConcurrentBuys() > 1 ? "unlocked" : "unlocked.serial",
                                    r.maxConcurrentBuys(),
                                    buys(texts, r.buyers().size()),
                                    Units.millis(network.toNanos()),
                                    texts.format(r.sold() == 1 ? "ticket" : "tickets", r.sold()),
                                    r.stock(),
                                    r.oversold() > 0
                                            ? texts.format("tooMany", r.oversold())
                                            : texts.format("noneTooMany"),
                                    r.fileAtEnd()));
        });
        return ExitCode.OK;
    }

    private static String buys(Texts texts, int count) {
        return texts.format(count == 1 ? "buy" : "buys", count);
    }
}
