package dev.concdemo.demos.io.iomodels;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo iomodels} measured; printed as JSON with --json.
 *
 * @param blocking step 1: the seed's random number, and how long the client's read blocked
 * @param nonBlocking step 2: what accept and read return at once, the polling server, CPU when idle
 * @param multiplexing step 3: one connection's round trips, blocking and select; level-triggered
 * @param selectMicros step 3: provider ("poll", "epoll") → idle sockets → one selectNow, µs (median)
 * @param descriptorLimit this process's open-files limit, which caps the socket counts
 * @param signalDriven step 4: SIGIO through FFM, or why not
 * @param asynchronous step 5: AsynchronousSocketChannel and its completion handler
 */
record IoModelsReport(
        Blocking.Result blocking,
        NonBlocking.Result nonBlocking,
        Multiplexing.Result multiplexing,
        Map<String, Map<Integer, Double>> selectMicros,
        List<Integer> socketCounts,
        long descriptorLimit,
        SignalDriven.Result signalDriven,
        AsyncRead.Result asynchronous) {}
