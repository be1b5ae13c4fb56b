package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.Ask;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.fib.client.Load;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.jvm.ChildJvm;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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

    /** How long the server may take to accept the idle connections, or to let them all go. */
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(10);

    private static final Duration LOOK_EVERY = Duration.ofMillis(50);

    private final ComparePlan plan;
    private final String label;
    private final Model model;
    private final TrialServer server;
    private final int port;
    private final boolean fib;
    private final Ask quick;
    private final Ask heavy;

    /**
     * @param model the model measured, or the one a CPython server is built as (sync, threads):
     *     what serves a connection, and which idle connections it is asked to hold
     */
    private ModelTrial(ComparePlan plan, String label, Model model, TrialServer server) {
        this.plan = plan;
        this.label = label;
        this.model = model;
        this.server = server;
        this.port = server.port();
        // What each load asks: fib(1) for rates, fib(25) for a round trip with work in it, fib(32)
        // for the hog; the echo has no expensive request: 'hello', a 1 KB line, and no hog.
        this.fib = plan.service() == Service.FIB;
        this.quick = fib ? Ask.fib(1) : Ask.upper("hello");
        this.heavy = fib ? Ask.fib(25) : Ask.upper("x".repeat(1_000));
    }

    /** The label a model's figures and lines carry: its name, and "+offload" when compare offloads it. */
    static String label(Model model, int offload) {
        return offload(model, offload) > 0 ? model + " +offload" : model.toString();
    }

    private static int offload(Model model, int offload) {
        return FibServer.CAN_OFFLOAD.contains(model) ? offload : 0;
    }

    /** Runs the plan's loads on {@code model} and holds its idle connections. */
    static Figures run(ComparePlan plan, Model model) throws IOException, InterruptedException {
        try (ChildJvm server = ChildJvm.start("compare-" + model, ServerTask.class)) {
            int workers = model == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
            int port = server.ask(
                            new ServerTask.Start(
                                    model,
                                    FibService.DEFAULT_MAX_N,
                                    workers,
                                    offload(model, plan.offload()),
                                    plan.service()),
                            ServerTask.Started.class)
                    .port();
            return run(plan, label(model, plan.offload()), model, new TrialServer.Jvm(server, port));
        }
    }

    /** Runs the plan's loads on a server started elsewhere, built as {@code model}, its figures labelled {@code label}. */
    static Figures run(ComparePlan plan, String label, Model model, TrialServer server)
            throws IOException, InterruptedException {
        return new ModelTrial(plan, label, model, server).measure();
    }

    /** The idle connections' cost to the server; nulls where not measured. */
    private record IdleCost(Long threads, Double kbPerConnection, Double heapKbPerConnection) {
        static final IdleCost NONE = new IdleCost(null, null, null);
    }

    private Figures measure() throws IOException, InterruptedException {
        LoadRun.Result warm = load(1, quick, null, ComparePlan.WARM_UP); // JIT warm-up
        Map<String, LoadRun.Result> loads = new HashMap<>();
        for (ComparePlan.Load l : plan.loads()) {
            loads.put(l.name(), load(l.connections(), l.heavy() ? heavy : quick, l.hog() ? 32 : null, plan.window()));
        }
        LoadRun.Result hogged = loads.get("hog");
        Long besideHog = hogged == null ? null : server.answersBesideHog();
        int idle = plan.idleFor(model);
        IdleCost cost = model == Model.SYNC ? IdleCost.NONE : holdIdle(idle);
        return figures(loads, besideHog, idle, cost, notes(warm.errors() > 0, model, idle, plan.idle()));
    }

    /**
     * What the figures need said beside them, every one (joined by "; "): errors while warming
     * up, fewer idle connections than asked, or none measured.
     */
    static String notes(boolean warmUpErrors, Model model, int idle, int asked) {
        List<String> notes = new ArrayList<>();
        if (warmUpErrors) {
            notes.add("errors while warming up");
        }
        if (model == Model.SYNC) {
            notes.add("idle connections not measured: it serves one client at a time");
        } else if (idle < asked) {
            notes.add("%d idle connections, not %d: a child JVM each%s"
                    .formatted(
                            idle,
                            asked,
                            idle < model.servesAtMost()
                                    ? "; --full holds " + model.servesAtMost()
                                    : ", and it starts " + model.servesAtMost() + " at most"));
        }
        return String.join("; ", notes);
    }

    /**
     * Opens {@code idle} connections and measures what holding them costs the server. RSS is
     * read with no GC in between: a collection would give pages back to the OS and hide the
     * growth. The live heap is measured after, holding the connections and then without them
     * (each after a GC), so the load runs' garbage counts in neither.
     */
    private IdleCost holdIdle(int idle) throws IOException, InterruptedException {
        long rssBefore = ProcStat.rssKbWithDescendants(server.pid());
        Long heapWith;
        Long threads;
        double kbPer;
        List<FibConnection> idleConnections = new ArrayList<>(idle);
        try {
            for (int i = 0; i < idle; i++) {
                idleConnections.add(new FibConnection("127.0.0.1", port));
            }
            awaitOpen(idle);
            threads = server.threads();
            kbPer = Math.round((ProcStat.rssKbWithDescendants(server.pid()) - rssBefore) * 100.0 / idle) / 100.0;
            heapWith = server.liveHeapKb();
        } finally {
            for (FibConnection c : idleConnections) {
                c.close();
            }
        }
        Double heapKbPer = awaitClosed() && heapWith != null
                ? Math.round((heapWith - server.liveHeapKb()) * 100.0 / idle) / 100.0
                : null;
        return new IdleCost(threads, kbPer, heapKbPer);
    }

    private Figures figures(Map<String, LoadRun.Result> loads, Long besideHog, int idle, IdleCost cost, String note) {
        LoadRun.Result eight = loads.get("8c");
        LoadRun.Result heavyRun = loads.get("heavy");
        LoadRun.Result hogged = loads.get("hog");
        double rps1 = rate(loads.get("1c"));
        double withHog = hogged == null ? 0 : rate(hogged);
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
                cost.threads(),
                cost.kbPerConnection(),
                cost.heapKbPerConnection(),
                note);
    }

    private LoadRun.Result load(int connections, Ask ask, Integer hogN, Duration window)
            throws IOException, InterruptedException {
        return LoadRun.run(Load.of("127.0.0.1", port, connections, ask, window).withHog(hogN));
    }

    private long open() {
        try {
            return server.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server has accepted the idle connections (the pool model accepts and queues them). */
    private void awaitOpen(int idle) throws IOException, InterruptedException {
        if (poll(() -> open() >= idle)) {
            Thread.sleep(300); // let per-connection threads start and settle
        }
    }

    /** Waits until the server has let every connection go; false if it did not within 10 s. */
    private boolean awaitClosed() throws IOException, InterruptedException {
        if (!poll(() -> open() == 0)) {
            return false;
        }
        Thread.sleep(100); // and its per-connection threads end
        return true;
    }

    /** Asks the server until {@code settled}, for at most {@link #SETTLE_AT_MOST}. */
    private static boolean poll(BooleanSupplier settled) throws IOException, InterruptedException {
        try {
            return Poll.until(SETTLE_AT_MOST, LOOK_EVERY, settled);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static double rate(LoadRun.Result r) {
        return Math.round(r.requests() / (r.nanos() / 1e9));
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
