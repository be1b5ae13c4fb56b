package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.proc.NativeChild;
import dev.concdemo.support.proc.ToParent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A process per connection (seed 000's first server design, seed 003's Multi-processing): each
 * accepted connection is served by a child JVM of its own, {@link ConnectionProgram}. Java
 * cannot hand a socket to a child ({@code ProcessBuilder} takes no descriptors), so the
 * listening socket is made in C ({@link NativeSockets}) and each child is started with
 * {@code posix_spawn}, the connection as its standard input. A thread of ours waits for each
 * child's report and reaps it. It works, and it is expensive: a JVM's start-up and memory for
 * every client, so it starts at most {@link #MAX_CHILDREN} at once and tells the rest the
 * server is full.
 */
final class ProcessServer implements FibServer {
    /** Children at once: each is a JVM of tens of MB. */
    static final int MAX_CHILDREN = 64;

    private static final byte[] TOO_MANY = ("error: server full (the process model starts at most " + MAX_CHILDREN
                    + " child JVMs at once)\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ServerContext ctx;
    private final int listening;
    private final int port;
    private final Thread acceptor;
    private final Set<NativeChild> children = ConcurrentHashMap.newKeySet();
    private final List<Thread> watchers = new CopyOnWriteArrayList<>();
    private final ServerThreads threads = new ServerThreads(Model.PROCESS);
    private volatile boolean running = true;

    ProcessServer(ServerContext ctx) throws IOException {
        if (!NativeSockets.supported() || !NativeChild.supported()) {
            throw new IOException("the process model hands sockets to children with posix_spawn: Linux only");
        }
        this.ctx = ctx;
        this.listening = NativeSockets.listen(ctx.config().address(), ServerContext.BACKLOG);
        this.port = NativeSockets.port(listening);
        this.acceptor = threads.start("acceptor", this::acceptClients);
    }

    private void acceptClients() {
        while (running) {
            NativeSockets.Accepted client;
            try {
                client = NativeSockets.accept(listening);
            } catch (IOException e) {
                if (!running) {
                    return; // shut down: close() woke us
                }
                pause(); // out of descriptors, say: try again shortly
                continue;
            }
            try {
                start(client);
            } catch (IOException | RuntimeException e) {
                NativeSockets.write(
                        client.fd(),
                        ("error: could not start a process: " + e.getMessage() + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                NativeSockets.close(client.fd());
            }
        }
    }

    private void start(NativeSockets.Accepted client) throws IOException {
        InetSocketAddress peer = client.peer();
        if (children.size() >= MAX_CHILDREN) {
            ctx.stats().rejected.incrementAndGet();
            ctx.log().rejected(peer, MAX_CHILDREN);
            NativeSockets.write(client.fd(), TOO_MANY);
            NativeSockets.close(client.fd());
            return;
        }
        if (!ctx.admit(peer)) {
            NativeSockets.write(client.fd(), ServerContext.FULL);
            NativeSockets.close(client.fd());
            return;
        }
        int[] report = NativeSockets.pipe();
        NativeChild child;
        try {
            child = NativeChild.startJvm(
                    ConnectionProgram.class,
                    List.of(
                            Integer.toString(ctx.config().maxN()),
                            ctx.config().service().toString()),
                    client.fd(),
                    report[1]);
        } catch (RuntimeException e) {
            NativeSockets.close(report[0]);
            ctx.stats().open.decrementAndGet();
            throw e;
        } finally {
            NativeSockets.close(client.fd()); // the child has its own copy now
            NativeSockets.close(report[1]);
        }
        children.add(child);
        ctx.log().opened(peer);
        Thread watcher = threads.start(watcherRole(child.pid()), () -> watch(child, report[0], peer));
        watchers.add(watcher);
    }

    /** The role of the thread that watches the child serving one connection: its lines are labelled so. */
    static String watcherRole(long pid) {
        return "conn-" + pid;
    }

    /** Reads the child's reports as they come (to its end), counts what it served, and reaps it. */
    private void watch(NativeChild child, int report, InetSocketAddress peer) {
        long[] counted = {0, 0}; // requests, errors: the child's totals so far
        try {
            NativeSockets.readLines(report, line -> {
                switch (ToParent.read(line, ConnectionProgram.Report.class).orElse(null)) {
                    case ConnectionProgram.Served s -> {
                        ctx.stats().requests.addAndGet(s.requests() - counted[0]);
                        ctx.stats().errors.addAndGet(s.errors() - counted[1]);
                        counted[0] = s.requests();
                        counted[1] = s.errors();
                    }
                    case ConnectionProgram.Failed f ->
                        Swallowed.report("serving " + peer + " in pid " + child.pid(), new IOException(f.why()));
                    case null -> {} // a line for the user: none is expected
                }
            });
        } catch (IOException | RuntimeException e) {
            Swallowed.report("reading the reports of pid " + child.pid(), e); // killed, or it said something else
        } finally {
            NativeSockets.close(report);
            if (child.reap(2_000) < 0) {
                child.kill();
                child.reap(2_000);
            }
            children.remove(child);
            ctx.stats().open.decrementAndGet();
            ctx.log().closed(peer, counted[0]);
            watchers.remove(Thread.currentThread());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public ServerStats stats() {
        return ctx.stats();
    }

    @Override
    public long threads() {
        return threads.count();
    }

    @Override
    public Model model() {
        return Model.PROCESS;
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        NativeSockets.shutdown(listening); // wakes the acceptor, blocked in accept
        try {
            acceptor.join(2_000);
            children.forEach(NativeChild::kill); // their clients are cut off, as every model's are
            for (Thread watcher : watchers) {
                watcher.join(3_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            NativeSockets.close(listening);
        }
    }
}
