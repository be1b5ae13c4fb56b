package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one bench run will do, decided before it starts: the servers it loads, the numbers of
 * clients it loads each with, and for how long. The run executes exactly this, and the time
 * it announces is computed from it.
 *
 * @param servers loaded one after the other
 * @param clients one step per entry on each server: latency climbs 1, 2, … (seed 003's
 *     performance01 started once, twice, three times); rps has one step
 * @param duration each step's load
 */
record BenchPlan(List<Server> servers, List<Integer> clients, Duration duration) {
    /**
     * A child JVM's start and the server's, counted generously (about 0.4 s on a quiet
     * machine here), and each step's wait for its last answers and its connections' set-up.
     */
    static final Duration SERVER_START = Duration.ofSeconds(1);

    static final Duration STEP_OVERHEAD = Duration.ofMillis(200);

    /**
     * One server loaded.
     *
     * @param model the model started in a child JVM, or null for a server already listening
     * @param simulatedGil whether that model computes fib under a simulated GIL
     * @param label how tables and JSON name it
     */
    record Server(Model model, boolean simulatedGil, String label) {}

    /**
     * The plan for {@code mode}: the model {@code started} (null: the server at {@code address}),
     * then, for latency where it can be, the same model under a simulated GIL.
     */
    static BenchPlan of(Mode mode, Model started, String address, boolean gil, int clients, Duration each) {
        Server first = new Server(started, false, started == null ? address : started.toString());
        if (mode == Mode.RPS) {
            return rps(first, clients, each);
        }
        return gil
                ? latency(List.of(first, new Server(started, true, started + " + simulated GIL")), clients, each)
                : latency(List.of(first), clients, each);
    }

    static BenchPlan latency(List<Server> servers, int connections, Duration duration) {
        return new BenchPlan(
                servers, IntStream.rangeClosed(1, connections).boxed().toList(), duration);
    }

    static BenchPlan rps(Server server, int connections, Duration duration) {
        return new BenchPlan(List.of(server), List.of(connections), duration);
    }

    /** How long the plan takes: every server's start, and every step on each. */
    Duration estimate() {
        Duration total = Duration.ZERO;
        for (Server s : servers) {
            if (s.model() != null) {
                total = total.plus(SERVER_START);
            }
            total = total.plus(duration.plus(STEP_OVERHEAD).multipliedBy(clients.size()));
        }
        return total;
    }

    String howToShorten() {
        return clients.size() > 2 ? Texts.of(BenchPlan.class).format("shorten") : "";
    }
}
