package dev.concdemo.demos.io.fib.server;

/** The ways the seeds serve the fib service, one {@link FibServer} class each. */
public enum Model {
    SYNC("one client at a time (seed 003 Synchronous): a second client waits until the first leaves"),
    THREADS("a platform thread per connection (seed 001 TCP服务端实现并发, 003 Threading)"),
    POOL("a fixed pool of threads (seed 001 进程池与线程池): at most --workers clients served, the rest queue"),
    PROCS("connections on threads, fib on a pool of child JVMs (003 multiprocessing, the talk's server.py)"),
    PROCESS("a child JVM per connection, handed the socket (000 a process per request, 003 Multi-processing)"),
    NONBLOCKING("non-blocking sockets polled in a loop, no selector (002 非阻塞IO): works, and burns a core"),
    NIO("one thread and a Selector, epoll on Linux (002 select/selectors, 003 event-driven)"),
    AIO("AsynchronousServerSocketChannel with completion handlers (000/002 异步IO)"),
    VIRTUAL("a virtual thread per connection (002 gevent server, 003 coroutines): blocking code, event-loop scale"),
    COROUTINES("one thread, a coroutine per connection yielding to a round-robin scheduler (003 Generator);"
            + " the coroutines are jdk.internal.vm.Continuation, an internal JDK API");

    private final String description;

    Model(String description) {
        this.description = description;
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
