package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.proc.ChildJvm;
import dev.concdemo.support.proc.ProcStat;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * C10k (seed 002's select/poll/epoll limits; seed 000's three server designs): idle
 * connections held open against each model, ramped step by step, while one normal client's
 * round trips are measured at each step. Each server runs in its own child JVM; the idle
 * clients live here. Per step: the server's threads, its memory per connection (RSS, and the
 * live heap after a GC), how fast it accepted the new ones, and the normal client's p50/p99.
 */
final class C10kRun {
    /** How long a probe waits for one answer before the model counts as stopped. */
    static final int ANSWER_TIMEOUT_MS = 10_000;

    private final List<Model> models;
    private final List<Integer> steps;
    private final int probes;
    private final Narrator n;
    private final List<C10kReport.ModelSteps> done = new ArrayList<>();

    C10kRun(List<Model> models, List<Integer> steps, int probes, Narrator n) {
        this.models = models;
        this.steps = steps;
        this.probes = probes;
        this.n = n;
    }

    String soFar() {
        return done.isEmpty()
                ? null
                : "%d of %d models measured: %s"
                        .formatted(
                                done.size(),
                                models.size(),
                                String.join(
                                        ", ",
                                        done.stream()
                                                .map(C10kReport.ModelSteps::model)
                                                .toList()));
    }

    List<C10kReport.ModelSteps> run() throws IOException, InterruptedException {
        for (Model model : models) {
            done.add(measure(model));
        }
        return List.copyOf(done);
    }

    private C10kReport.ModelSteps measure(Model model) throws IOException, InterruptedException {
        List<C10kReport.Step> measured = new ArrayList<>();
        int step = 0;
        try (ChildJvm server = ChildJvm.start("c10k-" + model, ServerTask.class)) {
            int workers = model == Model.PROCS ? Runtime.getRuntime().availableProcessors() : 5;
            int port = server.ask(
                            new ServerTask.Start(model, FibService.DEFAULT_MAX_N, workers, 0, Service.FIB),
                            ServerTask.Started.class)
                    .port();
            probe(port, 2_000); // JIT warm-up, both sides
            long rss0 = 0;
            long heap0 = 0;
            try (IdleClients idle = new IdleClients(port)) {
                for (int target : steps) {
                    step = target;
                    if (target > model.servesAtMost()) {
                        return stopped(
                                model,
                                measured,
                                target,
                                "it starts at most %d child JVMs, one a connection".formatted(model.servesAtMost()));
                    }
                    int before = idle.size();
                    long start = System.nanoTime();
                    idle.growTo(target);
                    if (!awaitOpen(server, target)) {
                        return stopped(model, measured, target, "it had not accepted them all within 30 s");
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    Double acceptRate = target == before ? null : Math.round((target - before) / seconds) * 1.0;
                    // RSS is read before this step's GC (a collection gives pages back and would
                    // hide the growth), and the baseline after one, as every later step follows one.
                    long heap = target == 0 ? liveHeapKb(server) : 0;
                    long rss = ProcStat.rssKbWithDescendants(server.pid());
                    long threads = server.ask(new ServerTask.ReportStats(), ServerTask.Stats.class)
                            .threads();
                    if (target != 0) {
                        heap = liveHeapKb(server);
                    }
                    if (target == 0) {
                        rss0 = rss;
                        heap0 = heap;
                    }
                    long[] roundTrips = probe(port, probes);
                    C10kReport.Step s = new C10kReport.Step(
                            target,
                            acceptRate,
                            threads,
                            rss,
                            target == 0 ? null : round2((double) (rss - rss0) / target),
                            target == 0 ? null : round2((double) (heap - heap0) / target),
                            ms(roundTrips[roundTrips.length / 2]),
                            ms(roundTrips[(int) Math.ceil(roundTrips.length * 0.99) - 1]));
                    measured.add(s);
                    n.event(
                            model.toString(),
                            String.format(
                                    Locale.ROOT,
                                    "%,6d idle: %s threads %d, RSS %s, p50 %.3f ms, p99 %.3f ms",
                                    target,
                                    acceptRate == null ? "" : "accepted %,.0f/s, ".formatted(acceptRate),
                                    threads,
                                    s.rssKbPerConnection() == null
                                            ? "%,d KB".formatted(rss)
                                            : "%.1f KB a connection".formatted(s.rssKbPerConnection()),
                                    s.p50Ms(),
                                    s.p99Ms()));
                }
            }
        } catch (IOException e) {
            return stopped(model, measured, step, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return new C10kReport.ModelSteps(model.toString(), List.copyOf(measured), null, null);
    }

    private C10kReport.ModelSteps stopped(Model model, List<C10kReport.Step> measured, int at, String why) {
        n.event(model.toString(), "stopped on the way to %,d idle connections: %s".formatted(at, why));
        return new C10kReport.ModelSteps(model.toString(), List.copyOf(measured), at, why);
    }

    /** A normal client: {@code times} fib(1) round trips on a connection of its own; sorted nanoseconds. */
    private static long[] probe(int port, int times) throws IOException {
        long[] took = new long[times];
        try (FibConnection c = new FibConnection("127.0.0.1", port)) {
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                c.send("1\n");
                String answer = c.readLine(ANSWER_TIMEOUT_MS);
                if (!"1".equals(answer)) {
                    throw new IOException(
                            answer == null
                                    ? "no answer within %d s".formatted(ANSWER_TIMEOUT_MS / 1000)
                                    : "answered '%s' to fib(1)".formatted(answer));
                }
                took[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(took);
        return took;
    }

    /** Waits until the server counts {@code count} open connections; false after 30 s. */
    private static boolean awaitOpen(ChildJvm server, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (server.ask(new ServerTask.CountOpen(), ServerTask.Open.class).connections() >= count) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static long liveHeapKb(ChildJvm server) throws IOException {
        return server.ask(new ServerTask.MeasureHeap(), ServerTask.Heap.class).liveKb();
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
