package dev.concdemo.demos.sync.event;

import java.util.List;

/**
 * What {@code concdemo event} did; printed as JSON with --json.
 *
 * @param seedDelaySeconds the seed's random.randint(2, 4) for check_mysql, from --seed, before --time-scale
 * @param checkerDelaySeconds how long check_mysql really waited before setting the event (scaled)
 * @param tries how many times each waiter tries before giving up (the seed: 3)
 * @param retryEverySeconds how long each wait for the event really lasted (the seed's 0.5, scaled)
 * @param waiters each conn_mysql thread: how many attempts it made, and whether it connected
 */
record EventReport(
        int seedDelaySeconds,
        double checkerDelaySeconds,
        int tries,
        double retryEverySeconds,
        List<Waiter> waiters,
        long elapsedMs) {
    record Waiter(String thread, int attempts, boolean connected) {}
}
