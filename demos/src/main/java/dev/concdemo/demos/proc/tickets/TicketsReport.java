package dev.concdemo.demos.proc.tickets;

import java.util.List;

/**
 * What {@code concdemo tickets} measured; printed as JSON with --json.
 *
 * @param lock whether the buys held the file lock
 * @param stock tickets at the start
 * @param sold buyers who wrote a sale
 * @param oversold sales beyond the stock (0 with the lock)
 * @param fileAtEnd the stock the file says is left
 * @param maxConcurrentBuys the most buys in progress at once (1 with the lock: one after another)
 * @param buyPhaseMs from the first buy's start to the last one's end
 * @param networkMs each buy's wait for the "network"
 * @param buyers each buyer, by pid
 */
record TicketsReport(
        boolean lock,
        int stock,
        int sold,
        int oversold,
        int fileAtEnd,
        int maxConcurrentBuys,
        double buyPhaseMs,
        double networkMs,
        List<Buyer> buyers) {
    /**
     * One buyer.
     *
     * @param sawAtSearch the stock its search read
     * @param outcome "bought" or "none"
     * @param buyStartMs when its buy began, ms after the first buy began
     * @param buyEndMs when it ended
     */
    record Buyer(long pid, int sawAtSearch, String outcome, double buyStartMs, double buyEndMs) {}
}
