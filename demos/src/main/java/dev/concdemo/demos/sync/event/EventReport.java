package dev.concdemo.demos.sync.event;

import java.util.List;

/**
 * What {@code concdemo event} did; printed as JSON with --json.
 *
 * @param checkerDelaySeconds how long check_mysql took before setting the event (2 to 4, from --seed)
 * @param tries how many times each waiter tries before giving up (the seed: 3)
 * @param waiters each conn_mysql thread: how many attempts it made, and whether it connected
 */
record EventReport(
        String scenario,
        long seed,
        int checkerDelaySeconds,
        int tries,
        double retryEverySeconds,
        List<Waiter> waiters,
        long elapsedMs) {
    record Waiter(String thread, int attempts, boolean connected) {}
}
