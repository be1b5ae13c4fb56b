package dev.concdemo.demos.io.fib.server;

import java.io.IOException;

/**
 * A fib server: listens on 127.0.0.1 (unless told otherwise), answers each request with
 * fib(n) or an error line, and serves its clients one way, per {@link Model}. Every model
 * is one small class; {@link #start} picks it with a switch.
 */
public sealed interface FibServer extends AutoCloseable
        permits AcceptingServer, SingleLoopServer, AioServer, ProcessServer {

    /** The port it listens on (the real one when started on port 0). */
    int port();

    ServerStats stats();

    /**
     * The platform threads this server runs now, counted as it starts them ({@link ServerThreads}):
     * its acceptor or loop, a thread per connection, its pool's workers or handlers, and the threads
     * that talk to its child JVMs. Virtual threads are not counted: they hold no thread of the OS
     * while they wait.
     */
    long threads();

    Model model();

    /**
     * The widest name a server gives a thread whose lines it logs: the process model's watcher
     * of a child with a 7-digit pid (Linux's pid_max is at most 2^22 = 4,194,304); the other
     * models' threads are named by shorter roles or counts.
     */
    static String widestLoggingThread() {
        return ServerThreads.name(Model.PROCESS, ProcessServer.watcherRole(4_194_304));
    }

    /** Stops accepting, closes every connection, stops its threads and child JVMs. Idempotent. */
    @Override
    void close();

    /** The models that give each connection its own thread, so a connection may wait for an offloaded answer. */
    java.util.Set<Model> CAN_OFFLOAD = java.util.EnumSet.of(Model.THREADS, Model.POOL, Model.VIRTUAL);

    /**
     * The models that compute fib on their connections' own threads, where a simulated GIL has
     * threads to serialize: one thread at a time computes, as in CPython.
     */
    java.util.Set<Model> CAN_SIMULATE_GIL = java.util.EnumSet.of(Model.SYNC, Model.THREADS, Model.POOL, Model.VIRTUAL);

    static FibServer start(Model model, ServerConfig config, ConnectionLog log) throws IOException {
        if (config.offloadAtN() > 0 && !CAN_OFFLOAD.contains(model)) {
            throw new IllegalArgumentException(
                    "offloading needs a thread per connection (threads, pool, virtual), not " + model);
        }
        if (config.simulatedGil() && (!CAN_SIMULATE_GIL.contains(model) || config.offloadAtN() > 0)) {
            throw new IllegalArgumentException(
                    "a simulated GIL serializes fib on the connections' threads (sync, threads, pool, virtual),"
                            + " without offloading, not " + model);
        }
        Offload offload = config.offloadAtN() > 0
                ? new Offload(config.offloadAtN(), Runtime.getRuntime().availableProcessors())
                : null;
        ServerContext.Compute compute =
                offload != null ? offload::fib : config.simulatedGil() ? new ServerGil()::fib : ServerContext.HERE;
        ServerContext context = new ServerContext(config, new ServerStats(), log, compute);
        try {
            FibServer server =
                    switch (model) {
                        case SYNC -> new SyncServer(context);
                        case THREADS -> new ThreadsServer(context);
                        case POOL -> new PoolServer(context);
                        case PROCS -> new ProcsServer(context);
                        case PROCESS -> new ProcessServer(context);
                        case NONBLOCKING -> new NonBlockingServer(context);
                        case NIO -> new NioServer(context);
                        case AIO -> new AioServer(context);
                        case VIRTUAL -> new VirtualServer(context);
                        case COROUTINES -> new CoroutineServer(context);
                    };
            if (server instanceof AcceptingServer accepting) {
                accepting.alsoClose(offload); // only these can offload (checked above)
            }
            return server;
        } catch (IOException | RuntimeException e) {
            if (offload != null) {
                offload.close();
            }
            throw e;
        }
    }
}
