package dev.concdemo.demos.io.fib.server;

import java.net.InetSocketAddress;

/**
 * How a server runs.
 *
 * @param address where it listens (127.0.0.1 unless told otherwise; port 0 picks a free one)
 * @param maxConnections connections served at once; more are told the server is full and closed
 * @param maxN the largest n accepted
 * @param workers threads of the pool model, child JVMs of the procs model
 * @param offloadAtN requests with n at least this are computed in low-priority child JVMs (0: never)
 */
public record ServerConfig(InetSocketAddress address, int maxConnections, int maxN, int workers, int offloadAtN) {
    /** Without offloading. */
    public ServerConfig(InetSocketAddress address, int maxConnections, int maxN, int workers) {
        this(address, maxConnections, maxN, workers, 0);
    }
}
