package dev.concdemo.demos.io.serve;

import dev.concdemo.demos.io.fib.FibGrowth;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.ConnectionLog;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerConfig;
import dev.concdemo.demos.io.fib.server.ServerStats;
import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.os.CpuTimes;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.time.Duration;

/**
 * One run of serve: a fib server bound by {@link #listen}, served until the session is
 * cancelled (Ctrl-C, SIGTERM) or the duration ends, then closed and counted.
 */
final class ServeRun {
    private final Model model;
    private final ServerConfig config;
    private final FibServer server;
    private final FibGrowth growth;
    private final long start = System.nanoTime();
    private final CpuTimes cpuBefore = CpuTimes.ofThisProcess();

    private ServeRun(Model model, ServerConfig config, FibServer server, FibGrowth growth) {
        this.model = model;
        this.config = config;
        this.server = server;
        this.growth = growth;
    }

    /** Binds and starts serving; a {@link java.net.BindException} when the address is taken. */
    static ServeRun listen(Model model, ServerConfig config, Narrator n, boolean quiet) throws IOException {
        FibGrowth growth = config.service() == Service.FIB ? FibGrowth.measure() : null; // before any client
        return new ServeRun(model, config, FibServer.start(model, config, new ConnectionLog(n, quiet)), growth);
    }

    /** How fib's time grew with n, timed before the server started; null for the upper service. */
    FibGrowth growth() {
        return growth;
    }

    /** The largest n it answers. */
    int maxN() {
        return config.maxN();
    }

    /** The port actually bound (the one asked for, or a free one for port 0). */
    int port() {
        return server.port();
    }

    /**
     * Serves until {@code stop} is cancelled or {@code duration} (null: no limit) has passed,
     * then closes the server (every connection and thread) and reports what it counted.
     */
    ServeReport serve(Cancellation stop, Duration duration) throws InterruptedException {
        stop.expect(); // Ctrl-C or SIGTERM is how a server is stopped: the summary, and success
        boolean interrupted = false;
        try {
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration);
            }
        } catch (InterruptedException cancelled) {
            interrupted = true; // the cancel's interrupt: closing below, then the summary
        }
        interrupted |= Thread.interrupted(); // closing waits for threads: not while interrupted
        long threads = server.threads();
        server.close();
        ServeReport report = report(threads);
        if (interrupted && !stop.isCancelled()) {
            Thread.currentThread().interrupt();
        }
        return report;
    }

    private ServeReport report(long threads) {
        long uptime = System.nanoTime() - start;
        CpuTimes cpu = CpuTimes.ofThisProcess().minus(cpuBefore);
        long cpuNanos = cpu.userNanos() + cpu.sysNanos();
        ServerStats.Snapshot s = server.stats().snapshot();
        return new ServeReport(
                model,
                config.address().getHostString(),
                server.port(),
                uptime / 1_000_000,
                s.connections(),
                s.requests(),
                s.errors(),
                s.rejected(),
                cpuNanos / 1_000_000,
                Units.round2((double) cpuNanos / uptime),
                threads,
                growth == null
                        ? null
                        : new ServeReport.Growth(
                                growth.from(),
                                growth.millis(),
                                Math.round(growth.ratio() * 1000) / 1000.0,
                                config.maxN(),
                                Units.round2(growth.seconds(config.maxN())),
                                Math.round(growth.log10Years(1000))));
    }
}
