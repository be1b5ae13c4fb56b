package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.proc.ChildJvm;
import dev.concdemo.support.proc.ProcStat;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs compare's loads against one model, started in its own child JVM: fib(1) req/s at 1
 * and 8 connections, fib(25) round trips, fib(1) req/s beside a fib(32) hog, and the
 * threads and memory that idle connections cost the server.
 */
final class ModelTrial {
    /**
     * One model's figures.
     *
     * @param fairness req/s beside the hog ÷ req/s alone: how much of its own rate the model kept; null
     *     when the hog was never served (sync serves one connection at a time), since nothing was shared
     * @param idleKbPerConnection server RSS growth per idle connection (null when not measured)
     * @param idleHeapKbPerConnection growth of the server's live heap (after a GC) per idle connection
     *     (null when not measured): a virtual thread's stack and nio's buffers live there, a
     *     platform thread's stack does not
     */
    record Figures(
            String model,
            double rps1,
            double rps8,
            double fib25P50Ms,
            double fib25P99Ms,
            double rpsWithHog,
            Double fairness,
            long hogAnswers,
            long idleConnections,
            Long serverThreadsIdle,
            Double idleKbPerConnection,
            Double idleHeapKbPerConnection,
            String note) {}

    private ModelTrial() {}

    /** Runs the loads; {@code offloadAtN} (0: none) is passed to the models that can offload. */
    static Figures run(Model model, Duration window, int idle, int offloadAtN)
            throws IOException, InterruptedException {
        int offload = FibServer.CAN_OFFLOAD.contains(model) ? offloadAtN : 0;
        String label = offload > 0 ? model + " +offload" : model.toString();
        try (ChildJvm server = ChildJvm.start("compare-" + model, ServerTask.class)) {
            int workers = model == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
            int port = server.ask(
                            new ServerTask.Start(model, FibService.DEFAULT_MAX_N, workers, offload, Service.FIB),
                            ServerTask.Started.class)
                    .port();
            LoadRun.Result warm =
                    LoadRun.run("127.0.0.1", port, 1, 1, null, Duration.ofMillis(300), s -> {}); // JIT warm-up
            LoadRun.Result one = LoadRun.run("127.0.0.1", port, 1, 1, null, window, s -> {});
            LoadRun.Result eight = LoadRun.run("127.0.0.1", port, 8, 1, null, window, s -> {});
            LoadRun.Result fib25 = LoadRun.run("127.0.0.1", port, 1, 25, null, window, s -> {});
            LoadRun.Result hogged = LoadRun.run("127.0.0.1", port, 1, 1, 32, window, s -> {});
            double rps1 = rate(one);
            double withHog = rate(hogged);
            Long threads = null;
            Double kbPer = null;
            Double heapKbPer = null;
            String note = warm.errors() > 0 ? "errors while warming up" : "";
            if (model == Model.SYNC) {
                note = "idle connections not measured: it serves one client at a time";
            } else {
                // RSS is read with no GC in between: a collection would give pages back to the OS
                // and hide the growth. The live heap is measured after, holding the connections and
                // then without them (each after a GC), so the load runs' garbage counts in neither.
                long rssBefore = rssKb(server.pid());
                long heapWith;
                List<FibConnection> idleConnections = new ArrayList<>(idle);
                try {
                    for (int i = 0; i < idle; i++) {
                        idleConnections.add(new FibConnection("127.0.0.1", port));
                    }
                    awaitOpen(server, idle);
                    threads = server.ask(new ServerTask.ReportStats(), ServerTask.Stats.class)
                            .threads();
                    kbPer = Math.round((rssKb(server.pid()) - rssBefore) * 100.0 / idle) / 100.0;
                    heapWith = heapKb(server);
                } finally {
                    for (FibConnection c : idleConnections) {
                        c.close();
                    }
                }
                if (awaitClosed(server)) {
                    heapKbPer = Math.round((heapWith - heapKb(server)) * 100.0 / idle) / 100.0;
                }
            }
            return new Figures(
                    label,
                    rps1,
                    rate(eight),
                    ms(fib25.latency().getValueAtPercentile(50)),
                    ms(fib25.latency().getValueAtPercentile(99)),
                    withHog,
                    hogged.hogRequests() == 0 || rps1 == 0 ? null : Math.round(withHog / rps1 * 100) / 100.0,
                    hogged.hogRequests(),
                    model == Model.SYNC ? 0 : idle,
                    threads,
                    kbPer,
                    heapKbPer,
                    note);
        }
    }

    private static long open(ChildJvm server) throws IOException {
        return server.ask(new ServerTask.CountOpen(), ServerTask.Open.class).connections();
    }

    private static long heapKb(ChildJvm server) throws IOException {
        return server.ask(new ServerTask.MeasureHeap(), ServerTask.Heap.class).liveKb();
    }

    /** Waits until the server has accepted the idle connections (the pool model accepts and queues them). */
    private static void awaitOpen(ChildJvm server, int idle) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (open(server) >= idle) {
                Thread.sleep(300); // let per-connection threads start and settle
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Waits until the server has let every connection go; false if it did not within 10 s. */
    private static boolean awaitClosed(ChildJvm server) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (open(server) == 0) {
                Thread.sleep(100); // and its per-connection threads end
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static double rate(LoadRun.Result r) {
        return Math.round(r.requests() / (r.nanos() / 1e9));
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    /** Resident memory of a process, from /proc (0 where there is none). */
    static long rssKb(long pid) {
        return ProcStat.of(pid).map(ProcStat::rssKb).orElse(0L);
    }
}
