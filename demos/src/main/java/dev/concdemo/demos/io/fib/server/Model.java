package dev.concdemo.demos.io.fib.server;

/** The ways the seeds serve the fib service, one {@link FibServer} class each. */
public enum Model {
    SYNC(
            Kind.ONE_AT_A_TIME,
            "one client at a time (seed 003 Synchronous): a second client waits until the first leaves"),
    THREADS(Kind.THREAD_EACH, "a platform thread per connection (seed 001 TCP服务端实现并发, 003 Threading)"),
    POOL(
            Kind.THREAD_POOL,
            "a fixed pool of threads (seed 001 进程池与线程池): at most --workers clients served, the rest queue"),
    PROCS(
            Kind.PROCESS_POOL,
            "connections on threads, fib on a pool of child JVMs (003 multiprocessing, the talk's server.py)"),
    PROCESS(
            Kind.PROCESS_EACH,
            "a child JVM per connection, handed the socket (000 a process per request, 003 Multi-processing)"),
    NONBLOCKING(
            Kind.ONE_THREAD, "non-blocking sockets polled in a loop, no selector (002 非阻塞IO): works, and burns a core"),
    NIO(Kind.ONE_THREAD, "one thread and a Selector, epoll on Linux (002 select/selectors, 003 event-driven)"),
    AIO(Kind.HANDLER_POOL, "AsynchronousServerSocketChannel with completion handlers (000/002 异步IO)"),
    VIRTUAL(
            Kind.THREAD_EACH,
            "a virtual thread per connection (002 gevent server, 003 coroutines): blocking code, event-loop scale"),
    COROUTINES(
            Kind.ONE_THREAD,
            "one thread, a coroutine per connection yielding to a round-robin scheduler (003 Generator);"
                    + " the coroutines are jdk.internal.vm.Continuation, an internal JDK API");

    /** What serves a connection: how the models differ when one request is expensive. */
    public enum Kind {
        /** The accepting thread serves one client until it leaves (sync). */
        ONE_AT_A_TIME,
        /** A thread of its own for each connection: platform (threads) or virtual (virtual). */
        THREAD_EACH,
        /** A fixed pool of threads, each serving one connection at a time (pool). */
        THREAD_POOL,
        /** A thread per connection, fib on a pool of child JVMs (procs). */
        PROCESS_POOL,
        /** A child JVM for each connection, started when it connects (process). */
        PROCESS_EACH,
        /** One thread serves every connection, switching between them (nonblocking, nio, coroutines). */
        ONE_THREAD,
        /** Completion handlers run on a fixed pool of threads (aio). */
        HANDLER_POOL
    }

    private final Kind kind;
    private final String description;

    Model(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    /** What serves a connection in this model. */
    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** How many connections it serves at once at most, whatever --max-connections says. */
    public int servesAtMost() {
        return this == PROCESS ? ProcessServer.MAX_CHILDREN : Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads --model in any case; a wrong value lists the models. */
    public static final class Converter extends dev.concdemo.support.cli.EnumConverter<Model> {
        public Converter() {
            super(Model.class);
        }
    }
}
