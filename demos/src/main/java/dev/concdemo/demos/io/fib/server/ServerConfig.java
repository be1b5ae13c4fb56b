package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Service;
import java.net.InetSocketAddress;

/**
 * How a server runs.
 *
 * @param address where it listens (127.0.0.1 unless told otherwise; port 0 picks a free one)
 * @param maxConnections connections served at once; more are told the server is full and closed
 * @param maxN the largest n accepted
 * @param workers threads of the pool model, child JVMs of the procs model
 * @param offloadAtN requests with n at least this are computed in low-priority child JVMs (0: never)
 * @param service what it answers: fib, or the seeds' upper-casing echo
 * @param simulatedGil whether fib is computed under one simulated GIL shared by the server's
 *     threads, as CPython would: one thread computes at a time (the JVM has none of its own)
 */
public record ServerConfig(
        InetSocketAddress address,
        int maxConnections,
        int maxN,
        int workers,
        int offloadAtN,
        Service service,
        boolean simulatedGil) {
    /** Without the simulated GIL: the JVM as it is. */
    public ServerConfig(
            InetSocketAddress address, int maxConnections, int maxN, int workers, int offloadAtN, Service service) {
        this(address, maxConnections, maxN, workers, offloadAtN, service, false);
    }

    /** The fib service. */
    public ServerConfig(InetSocketAddress address, int maxConnections, int maxN, int workers, int offloadAtN) {
        this(address, maxConnections, maxN, workers, offloadAtN, Service.FIB);
    }

    /** The fib service, without offloading. */
    public ServerConfig(InetSocketAddress address, int maxConnections, int maxN, int workers) {
        this(address, maxConnections, maxN, workers, 0);
    }
}
