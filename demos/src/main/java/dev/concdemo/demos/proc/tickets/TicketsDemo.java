package dev.concdemo.demos.proc.tickets;

import dev.concdemo.demos.proc.PidLabels;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
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
public final class TicketsDemo extends ScenarioCommand<TicketsReport> {
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
    protected void check() {
        Ranges.check(spec, "--buyers", buyers, 1, 64, "each is a JVM; this machine has 2 cores");
        Ranges.check(spec, "--stock", stock, 0, 1000, null);
    }

    private TicketsRun run;

    @Override
    protected List<String> labels() {
        return List.of(PidLabels.widest());
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say("@|bold tickets|@"
                + Texts.of(TicketsDemo.class)
                        .format("opening", ProcessHandle.current().pid()));
    }

    @Override
    protected TicketsReport run(Narrator narrator) throws IOException, InterruptedException {
        run = new TicketsRun(narrator, buyers, stock, lock, time.scaled(NETWORK));
        return run.run();
    }

    @Override
    protected String soFar() {
        return run == null ? null : run.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, TicketsReport report) {
        TicketsSummary.print(narrator, report, time.scaled(NETWORK));
    }
}
