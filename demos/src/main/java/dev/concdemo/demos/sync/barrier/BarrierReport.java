package dev.concdemo.demos.sync.barrier;

import java.util.List;

/**
 * What {@code concdemo barrier} measured; printed as JSON with --json.
 *
 * @param laps one per use of the (cyclic) barrier: how far apart the runners arrived, and how far apart they left
 */
record BarrierReport(int runners, List<Lap> laps) {
    /**
     * @param arrivalSpreadMs last arrival - first arrival; {@code releaseSpreadMs} last start - first start
     * @param lastArrivalToFirstStartMs first start - last arrival: never negative, since the barrier lets
     *     nobody go before everyone has arrived
     */
    record Lap(int lap, double arrivalSpreadMs, double releaseSpreadMs, double lastArrivalToFirstStartMs) {}
}
