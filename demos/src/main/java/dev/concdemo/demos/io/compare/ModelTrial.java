package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.jvm.ChildJvm;
import dev.concdemo.support.os.ProcStat;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs compare's loads against one model, started in its own child JVM: fib(1) req/s at 1
 * and 8 connections, fib(25) round trips, fib(1) req/s beside a fib(32) hog, and the
 * threads and memory that idle connections cost the server.
 */
final class ModelTrial {
    /**
     * One model's figures.
     *
     * @param kind what serves a connection ({@link Model.Kind}): how the model is built
     * @param requests8 answers in the 8-connection load, over {@code seconds8} (its window, and
     *     the wait for answers still due at its end)
     * @param firstAnswerMs the median of the 8 connections' first round trips: for the process
     *     model, a child JVM's start (null if none was answered)
     * @param fastestMs the fastest round trip of that load after a connection's first (null if no
     *     connection got a second answer)
     * @param fairness req/s beside the hog ÷ req/s alone: how much of its own rate the model kept; null
     *     when the hog was never served (sync serves one connection at a time), since nothing was shared
     * @param answersBesideHog quick requests the server answered while it was computing a fib(32):
     *     none where one thread serves every connection, some where each has its own; null with no hog
     * @param idleKbPerConnection server RSS growth per idle connection (null when not measured)
     * @param idleHeapKbPerConnection growth of the server's live heap (after a GC) per idle connection
     *     (null when not measured): a virtual thread's stack and nio's buffers live there, a
     *     platform thread's stack does not
     */
    record Figures(
            String model,
            String kind,
            double rps1,
            double rps8,
            long requests8,
            double seconds8,
            Double firstAnswerMs,
            Double fastestMs,
            String heavy,
            double heavyP50Ms,
            double heavyP99Ms,
            double rpsWithHog,
            Double fairness,
            long hogAnswers,
            Long answersBesideHog,
            long idleConnections,
            Long serverThreadsIdle,
            Double idleKbPerConnection,
            Double idleHeapKbPerConnection,
            String note) {}

    private ModelTrial() {}

    /** Runs the plan's loads on {@code model} and holds its idle connections. */
    static Figures run(ComparePlan plan, Model model) throws IOException, InterruptedException {
        int idle = plan.idleFor(model);
        // What each load asks: fib(1) for rates, fib(25) for a round trip with work in it, fib(32)
        // for the hog; the echo has no expensive request: 'hello', a 1 KB line, and no hog.
        boolean fib = plan.service() == Service.FIB;
        LoadRun.Ask quick = fib ? LoadRun.Ask.fib(1) : LoadRun.Ask.upper("hello");
        LoadRun.Ask heavy = fib ? LoadRun.Ask.fib(25) : LoadRun.Ask.upper("x".repeat(1_000));
        int offload = FibServer.CAN_OFFLOAD.contains(model) ? plan.offload() : 0;
        String label = offload > 0 ? model + " +offload" : model.toString();
        try (ChildJvm server = ChildJvm.start("compare-" + model, ServerTask.class)) {
            int workers = model == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
            int port = server.ask(
                            new ServerTask.Start(model, FibService.DEFAULT_MAX_N, workers, offload, plan.service()),
                            ServerTask.Started.class)
                    .port();
            LoadRun.Result warm = load(port, 1, quick, null, ComparePlan.WARM_UP); // JIT warm-up
            Map<String, LoadRun.Result> loads = new HashMap<>();
            for (ComparePlan.Load l : plan.loads()) {
                loads.put(
                        l.name(),
                        load(port, l.connections(), l.heavy() ? heavy : quick, l.hog() ? 32 : null, plan.window()));
            }
            LoadRun.Result one = loads.get("1c");
            LoadRun.Result eight = loads.get("8c");
            LoadRun.Result heavyRun = loads.get("heavy");
            LoadRun.Result hogged = loads.get("hog");
            Long besideHog = hogged == null
                    ? null
                    : server.ask(new ServerTask.CountBesideHog(), ServerTask.BesideHog.class)
                            .answers();
            double rps1 = rate(one);
            double withHog = hogged == null ? 0 : rate(hogged);
            Long threads = null;
            Double kbPer = null;
            Double heapKbPer = null;
            String note = warm.errors() > 0 ? "errors while warming up" : "";
            if (model != Model.SYNC && idle < plan.idle()) {
                note = "%d idle connections, not %d: a child JVM each%s"
                        .formatted(
                                idle,
                                plan.idle(),
                                idle < model.servesAtMost()
                                        ? "; --full holds " + model.servesAtMost()
                                        : ", and it starts " + model.servesAtMost() + " at most");
            }
            if (model == Model.SYNC) {
                note = "idle connections not measured: it serves one client at a time";
            } else {
                // RSS is read with no GC in between: a collection would give pages back to the OS
                // and hide the growth. The live heap is measured after, holding the connections and
                // then without them (each after a GC), so the load runs' garbage counts in neither.
                long rssBefore = ProcStat.rssKbWithDescendants(server.pid());
                long heapWith;
                List<FibConnection> idleConnections = new ArrayList<>(idle);
                try {
                    for (int i = 0; i < idle; i++) {
                        idleConnections.add(new FibConnection("127.0.0.1", port));
                    }
                    awaitOpen(server, idle);
                    threads = server.ask(new ServerTask.ReportStats(), ServerTask.Stats.class)
                            .threads();
                    kbPer = Math.round((ProcStat.rssKbWithDescendants(server.pid()) - rssBefore) * 100.0 / idle)
                            / 100.0;
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
            List<Long> firsts = eight.firstRoundTrips().stream().sorted().toList();
            return new Figures(
                    label,
                    model.kind().toString(),
                    rps1,
                    rate(eight),
                    eight.requests(),
                    Math.round(eight.nanos() / 1e6) / 1e3,
                    firsts.isEmpty() ? null : ms(firsts.get(firsts.size() / 2)),
                    eight.fastestLater() == 0 ? null : ms(eight.fastestLater()),
                    fib ? "fib(25)" : "1 KB echo",
                    ms(heavyRun.latency().getValueAtPercentile(50)),
                    ms(heavyRun.latency().getValueAtPercentile(99)),
                    withHog,
                    hogged == null || hogged.hogRequests() == 0 || rps1 == 0
                            ? null
                            : Math.round(withHog / rps1 * 100) / 100.0,
                    hogged == null ? 0 : hogged.hogRequests(),
                    besideHog,
                    model == Model.SYNC ? 0 : idle,
                    threads,
                    kbPer,
                    heapKbPer,
                    note);
        }
    }

    private static LoadRun.Result load(int port, int connections, LoadRun.Ask ask, Integer hogN, Duration window)
            throws IOException, InterruptedException {
        return LoadRun.run("127.0.0.1", port, connections, ask, false, hogN, window, s -> {}, rt -> {});
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
}
