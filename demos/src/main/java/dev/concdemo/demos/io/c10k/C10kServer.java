package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.ConnectionLog;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.ServerConfig;
import dev.concdemo.support.jvm.ChildTask;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The c10k server in its child JVM: a fib server of one model, with no cap on connections,
 * that also says what it has run into: an error no thread caught (a thread that could not be
 * created), and its descriptors, memory maps and threads against the kernel's limits.
 */
public final class C10kServer implements ChildTask<C10kServer.Request, C10kServer.Reply> {
    /** What the parent asks. */
    public sealed interface Request permits Start, CountOpen, MeasureHeap, Diagnose {}

    public record Start(Model model) implements Request {}

    public record CountOpen() implements Request {}

    /** Collect garbage, then report the live heap and the server's threads. */
    public record MeasureHeap() implements Request {}

    public record Diagnose() implements Request {}

    /** What the child answers. */
    public sealed interface Reply permits Started, Open, Heap, Diagnosis {}

    public record Started(int port) implements Reply {}

    public record Open(long connections) implements Reply {}

    public record Heap(long liveKb, long threads) implements Reply {}

    /**
     * What the server's process has run into.
     *
     * @param failure the first error a thread of it did not catch (null: none)
     * @param descriptors its open descriptors now; {@code descriptorLimit} its soft limit
     * @param maps its memory mappings now; {@code maxMapCount} the kernel's limit (vm.max_map_count)
     * @param machineThreads threads on the whole machine; {@code threadsMax} kernel.threads-max, {@code pidMax}
     *     kernel.pid_max (a thread takes a pid)
     * @param availableKb the machine's MemAvailable
     * @param nrOpen the most any process's descriptor limit may be raised to (fs.nr_open)
     */
    public record Diagnosis(
            String failure,
            long open,
            long descriptors,
            long descriptorLimit,
            long maps,
            long maxMapCount,
            long machineThreads,
            long threadsMax,
            long pidMax,
            long availableKb,
            long nrOpen)
            implements Reply {}

    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();
    private FibServer server;

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        return switch (request) {
            case Start s -> {
                Thread.setDefaultUncaughtExceptionHandler((t, e) -> FAILURE.compareAndSet(null, e));
                ServerConfig config = new ServerConfig(
                        new InetSocketAddress("127.0.0.1", 0),
                        Integer.MAX_VALUE,
                        FibService.DEFAULT_MAX_N,
                        5,
                        0,
                        Service.FIB);
                server = FibServer.start(s.model(), config, new ConnectionLog(Narrator.silent(), true));
                yield new Started(server.port());
            }
            case CountOpen o -> new Open(server.stats().snapshot().openNow());
            case MeasureHeap h -> {
                System.gc(); // twice: what the first frees, finalizable or not, the second settles
                System.gc();
                yield new Heap(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024, server.threads());
            }
            case Diagnose d -> {
                Throwable f = FAILURE.get();
                yield new Diagnosis(
                        f == null ? null : f.toString(),
                        server.stats().snapshot().openNow(),
                        count(Path.of("/proc/self/fd")),
                        limitOf("Max open files"),
                        lines(Path.of("/proc/self/maps")),
                        number(Path.of("/proc/sys/vm/max_map_count")),
                        C10kStops.machineThreads(),
                        number(Path.of("/proc/sys/kernel/threads-max")),
                        number(Path.of("/proc/sys/kernel/pid_max")),
                        memAvailableKb(),
                        number(Path.of("/proc/sys/fs/nr_open")));
            }
        };
    }

    /**
     * Stops a server with child processes (they are killed with it); leaves any other to the end
     * of the process, which follows: the kernel then closes every socket at once, where closing
     * them one by one, each with a thread blocked reading it, took 9 s for 15,000 platform threads.
     */
    @Override
    public void close() {
        if (server != null && (server.model() == Model.PROCESS || server.model() == Model.PROCS)) {
            server.close();
        }
    }

    private static long count(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long lines(Path file) {
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static long number(Path file) {
        try {
            return Long.parseLong(Files.readAllLines(file).getFirst().strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The soft limit named {@code name} in /proc/self/limits. */
    private static long limitOf(String name) {
        try (Stream<String> s = Files.lines(Path.of("/proc/self/limits"))) {
            return s.filter(l -> l.startsWith(name))
                    .map(l -> l.substring(name.length()).strip().split("\\s+")[0])
                    .mapToLong(v -> v.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(v))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long memAvailableKb() {
        try (Stream<String> s = Files.lines(Path.of("/proc/meminfo"))) {
            return s.filter(l -> l.startsWith("MemAvailable:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
