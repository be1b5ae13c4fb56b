package dev.concdemo.demos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.concdemo.demos.coro.asyncio.AsyncioDemo;
import dev.concdemo.demos.coro.crawl.CrawlDemo;
import dev.concdemo.demos.coro.greenlet.GreenletDemo;
import dev.concdemo.demos.coro.vthreads.VthreadsDemo;
import dev.concdemo.demos.coro.yield.YieldDemo;
import dev.concdemo.demos.cpu.cpuvsio.CpuVsIoDemo;
import dev.concdemo.demos.cpu.gil.GilDemo;
import dev.concdemo.demos.cpu.primes.PrimesDemo;
import dev.concdemo.demos.io.bench.BenchDemo;
import dev.concdemo.demos.io.c10k.C10kDemo;
import dev.concdemo.demos.io.client.ClientDemo;
import dev.concdemo.demos.io.compare.CompareDemo;
import dev.concdemo.demos.io.fib.server.FibServer;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.TestServers;
import dev.concdemo.demos.io.iomodels.IoModelsDemo;
import dev.concdemo.demos.io.serve.ServeDemo;
import dev.concdemo.demos.os.multiprog.MultiprogDemo;
import dev.concdemo.demos.os.sched.SchedDemo;
import dev.concdemo.demos.os.states.StatesDemo;
import dev.concdemo.demos.proc.daemon.DaemonDemo;
import dev.concdemo.demos.proc.ipc.IpcDemo;
import dev.concdemo.demos.proc.isolation.IsolationDemo;
import dev.concdemo.demos.proc.orphan.OrphanDemo;
import dev.concdemo.demos.proc.spawn.SpawnDemo;
import dev.concdemo.demos.proc.tickets.TicketsDemo;
import dev.concdemo.demos.proc.zombie.ZombieDemo;
import dev.concdemo.demos.sync.barrier.BarrierDemo;
import dev.concdemo.demos.sync.collections.CollectionsDemo;
import dev.concdemo.demos.sync.condition.ConditionDemo;
import dev.concdemo.demos.sync.deadlock.DeadlockDemo;
import dev.concdemo.demos.sync.event.EventDemo;
import dev.concdemo.demos.sync.pool.PoolDemo;
import dev.concdemo.demos.sync.prodcons.ProdConsDemo;
import dev.concdemo.demos.sync.queue.QueueDemo;
import dev.concdemo.demos.sync.race.RaceDemo;
import dev.concdemo.demos.sync.rlock.RlockDemo;
import dev.concdemo.demos.sync.semaphore.SemaphoreDemo;
import dev.concdemo.demos.sync.threads.ThreadsDemo;
import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.SessionFactory;
import dev.concdemo.support.cli.SessionStrategy;
import dev.concdemo.support.term.Width;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's "nothing is left behind", for every scenario (every class marked
 * {@link Scenario}, each run quickly, one that has no quick run fails): after a run,
 * no new non-daemon thread is alive (one would keep the JVM up) and no child process of
 * this JVM is left. Daemon threads may outlive a run on purpose (threads' daemon "egon").
 * And every line it printed fits 100 columns, CJK characters counted as two.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NothingLeftBehindTest {

    /** Every scenario there is: the classes marked {@link Scenario} among the compiled (main) classes. */
    private static final List<Class<?>> SCENARIOS = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.concdemo.demos")
                    .stream()
                    .filter(c -> c.isAnnotatedWith(Scenario.class))
                    .<Class<?>>map(JavaClass::reflect)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();

    /** In a quick run's arguments: the port of the fib server started for it ({@link #served}). */
    private static final String PORT = "{port}";

    /** A quick run of a scenario: a few seconds at most, whatever it needs to do what it shows. */
    private record Quick(String name, Class<?> type, boolean served, String... args) {}

    private static final List<Quick> QUICK = List.of(
            quick("spawn", SpawnDemo.class),
            quick("isolation", IsolationDemo.class),
            quick("zombie", ZombieDemo.class, "--time-scale", "0.2"),
            quick("orphan", OrphanDemo.class),
            quick("daemon", DaemonDemo.class, "--time-scale", "0.2"),
            quick("tickets", TicketsDemo.class, "--buyers", "3", "--time-scale", "0.3"),
            quick("ipc", IpcDemo.class, "--producers", "1", "--consumers", "1", "--items", "2", "--time-scale", "0.1"),
            quick("yield", YieldDemo.class, "--time-scale", "0.05", "--items", "10000"),
            quick("crawl", CrawlDemo.class, "--time-scale", "0.05"),
            quick("asyncio", AsyncioDemo.class, "--time-scale", "0.02"),
            quick("iomodels", IoModelsDemo.class, "--time-scale", "0.05", "--sockets", "0,100"),
            quick("c10k", C10kDemo.class, "--models", "nio", "--steps", "0,200", "--probes", "100"),
            quick("greenlet", GreenletDemo.class, "--time-scale", "0.1", "--items", "1000"),
            quick("vthreads", VthreadsDemo.class, "--time-scale", "0.1", "--tasks", "100", "--increments", "1000"),
            quick("threads", ThreadsDemo.class, "--time-scale", "0.05"),
            quick("race", RaceDemo.class, "--trials", "3", "--time-scale", "0.2"),
            quick("collections", CollectionsDemo.class, "--trials", "2", "--adds", "1000"),
            quick("sched", SchedDemo.class),
            quick("states", StatesDemo.class, "--time-scale", "0.2"),
            quick("multiprog", MultiprogDemo.class, "--unit", "10", "--spin", "100"),
            quick("sched --algo mlfq --verbose", SchedDemo.class, "--algo", "mlfq", "--verbose"),
            quick("deadlock", DeadlockDemo.class, "--time-scale", "0.05"),
            quick("deadlock --fix trylock", DeadlockDemo.class, "--fix", "trylock", "--time-scale", "0.02"),
            quick("rlock", RlockDemo.class, "--time-scale", "0.05"),
            quick("semaphore", SemaphoreDemo.class, "--time-scale", "0.02"),
            quick("event", EventDemo.class, "--time-scale", "0.05", "--seed", "1"),
            quick("barrier", BarrierDemo.class, "--time-scale", "0.05"),
            quick("condition", ConditionDemo.class, "--time-scale", "0.05"),
            quick("queue", QueueDemo.class, "--time-scale", "0.05"),
            quick("prodcons --stop join", ProdConsDemo.class, "--stop", "join", "--time-scale", "0.05"),
            quick("pool --kind process", PoolDemo.class, "--kind", "process", "--tasks", "6", "--time-scale", "0.05"),
            quick("primes --procs 2", PrimesDemo.class, "--procs", "2", "--repeat", "1", "--quiet"),
            quick("gil", GilDemo.class, "--threads", "1,2", "--n", "25", "--time-scale", "0.1"),
            quick(
                    "cpu-vs-io",
                    CpuVsIoDemo.class,
                    "--cpu-tasks",
                    "2",
                    "--n",
                    "25",
                    "--io-tasks",
                    "4",
                    "--time-scale",
                    "0.1"),
            quick("serve --model nio", ServeDemo.class, "--model", "nio", "--port", "0", "--duration", "0.3"),
            quick(
                    "serve --model procs",
                    ServeDemo.class,
                    "--model",
                    "procs",
                    "--workers",
                    "1",
                    "--port",
                    "0",
                    "--duration",
                    "0.3"),
            served("client", ClientDemo.class, "--port", PORT, "10", "abc"),
            quick("bench rps --model nio", BenchDemo.class, "rps", "--model", "nio", "--duration", "1"),
            quick("compare --models nio", CompareDemo.class, "--models", "nio"));

    private static Quick quick(String name, Class<?> type, String... args) {
        return new Quick(name, type, false, args);
    }

    /** A quick run against a fib server of the test's, started before it and closed after the checks. */
    private static Quick served(String name, Class<?> type, String... args) {
        return new Quick(name, type, true, args);
    }

    /**
     * Every scenario's quick runs; a scenario that has none is a case that fails, saying so: a new
     * scenario cannot be missed here.
     */
    static Stream<Arguments> scenarios() {
        return SCENARIOS.stream().flatMap(type -> {
            List<Quick> runs = QUICK.stream().filter(q -> q.type().equals(type)).toList();
            return runs.isEmpty()
                    ? Stream.of(Arguments.of(type.getSimpleName() + ": no quick run", type, false, null))
                    : runs.stream().map(q -> Arguments.of(q.name(), q.type(), q.served(), q.args()));
        });
    }

    @Test
    void theScenariosAreFoundAndEveryQuickRunIsOneOfThem() {
        assertTrue(SCENARIOS.contains(DeadlockDemo.class), "found: " + SCENARIOS);
        QUICK.forEach(q -> assertTrue(SCENARIOS.contains(q.type()), q.name() + " is no @Scenario: " + q.type()));
    }

    private static Arguments run(String name, Function<Session, Object> command, String... args) {
        return Arguments.of(name, command, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noLiveNonDaemonThreadNorChildProcessAfterARun(String name, Class<?> type, boolean served, String[] args)
            throws Exception {
        assertNotNull(
                args, name + ": every scenario has a quick run here; add one for " + type.getName() + " to QUICK");
        try (FibServer server = served ? TestServers.start(Model.NIO, 1) : null) {
            String[] given = Stream.of(args)
                    .map(a -> a.equals(PORT) ? Integer.toString(server.port()) : a)
                    .toArray(String[]::new);
            runAndCheck(name, type, given);
        }
    }

    private static void runAndCheck(String name, Class<?> type, String[] args) throws Exception {
        Set<Thread> before = liveNonDaemon().collect(Collectors.toSet());
        CommandUnderTest cli = new CommandUnderTest(session -> create(type, session));
        assertEquals(0, cli.run(args), name + ": " + cli.err());
        List<String> wide =
                cli.out().lines().filter(l -> Width.of(l) > Width.COLUMNS).toList();
        assertTrue(wide.isEmpty(), name + " printed lines wider than " + Width.COLUMNS + " columns: " + wide);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); // a thread may still be on its way out
        List<String> left;
        do {
            left = liveNonDaemon()
                    .filter(t -> !before.contains(t))
                    .map(Thread::getName)
                    .toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertTrue(left.isEmpty(), name + " left non-daemon threads alive: " + left);

        List<Long> children = ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .toList();
        assertTrue(children.isEmpty(), name + " left child processes: " + children);
    }

    /** The scenario's command, as the CLI makes it, in {@code session}. */
    private static Object create(Class<?> type, Session session) {
        try {
            return new SessionFactory(session).create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    /** A narrator's timestamped line (" +0.006s  pid 123  ..."): the story has begun. */
    private static final Pattern FIRST_EVENT = Pattern.compile("(?m)^ *\\+\\d+\\.\\d{3}s ");

    /** A first event, or primes' first result line (unstamped): what such a scenario tells once it runs. */
    private static final Pattern STORY_BEGUN = Pattern.compile(FIRST_EVENT.pattern() + "|(?m)^\\d+ is prime: ");

    /** Scenarios that count from their first moment, so a cancel after their first event has something to tell. */
    private static final Set<String> MEASURE_FROM_THE_START =
            Set.of("race", "semaphore", "prodcons", "primes --procs 2");

    /** Every scenario at its default size (seconds long), to be cancelled while it runs. */
    static Stream<Arguments> longRuns() {
        return Stream.of(
                run("spawn", SpawnDemo::new),
                run("zombie", ZombieDemo::new),
                run("orphan", OrphanDemo::new),
                run("daemon", DaemonDemo::new),
                run("tickets --lock", TicketsDemo::new, "--lock"),
                run("ipc", IpcDemo::new),
                run("yield", YieldDemo::new),
                run("crawl", CrawlDemo::new),
                run("asyncio", AsyncioDemo::new),
                run("iomodels", IoModelsDemo::new),
                run("c10k", C10kDemo::new, "--models", "threads"),
                run("greenlet", GreenletDemo::new, "--items", "100000000"),
                run("vthreads", VthreadsDemo::new),
                run("threads", ThreadsDemo::new),
                run("race", RaceDemo::new),
                run("collections", CollectionsDemo::new),
                run("deadlock", DeadlockDemo::new),
                run("deadlock --fix trylock", DeadlockDemo::new, "--fix", "trylock"),
                run("rlock", RlockDemo::new),
                run("semaphore", SemaphoreDemo::new),
                run("event", EventDemo::new),
                run("barrier", BarrierDemo::new),
                run("condition", ConditionDemo::new),
                run("queue", QueueDemo::new),
                run("prodcons", ProdConsDemo::new),
                run("pool", PoolDemo::new),
                run("pool --kind process", PoolDemo::new, "--kind", "process"),
                run("primes --procs 2", PrimesDemo::new, "--procs", "2"),
                run("gil", GilDemo::new),
                run("multiprog", MultiprogDemo::new),
                run("states", StatesDemo::new),
                run("cpu-vs-io", CpuVsIoDemo::new),
                run("bench rps --model nio", BenchDemo::new, "rps", "--model", "nio", "--duration", "5"));
    }

    /** Ctrl-C: the run ends within seconds, with one "interrupted after" line and exit 130, leaving nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longRuns")
    void aCancelEndsTheRunWithOneLineAndLeavesNothing(String name, Function<Session, Object> command, String[] args)
            throws Exception {
        Set<Thread> before = liveNonDaemon().collect(Collectors.toSet());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out), new PrintWriter(err));
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> new CommandUnderTest(command).commandLine(session).execute(args));
        if (MEASURE_FROM_THE_START.contains(name)) {
            // Once the story has begun, however long the start takes: its measure is then registered.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!STORY_BEGUN.matcher(out.toString()).find() && !code.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } else { // once the story has begun, or after 400 ms: a short default (spawn, warm: ~0.35 s) must not end first
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
            while (!FIRST_EVENT.matcher(out.toString()).find() && !code.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        assertFalse(code.isDone(), name + " ended before it was cancelled: " + out);
        long cancelled = System.nanoTime();
        session.cancellation().cancel(Cancellation.Reason.INTERRUPTED);
        assertEquals(SessionStrategy.INTERRUPTED, code.get(20, TimeUnit.SECONDS), name + ": " + err);
        long tookMs = (System.nanoTime() - cancelled) / 1_000_000;
        assertTrue(tookMs < 5_000, name + " ended " + tookMs + " ms after the cancel");
        List<String> errLines = err.toString().lines().toList();
        assertEquals(1, errLines.size(), name + ": " + err);
        assertTrue(errLines.getFirst().contains(": interrupted after "), errLines.getFirst());
        if (MEASURE_FROM_THE_START.contains(name)) {
            assertTrue(out.toString().contains("  measured so far: "), name + " tells what it measured: " + out);
        }
        assertNothingLeft(name, before);
    }

    private static void assertNothingLeft(String name, Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        List<String> left;
        List<Long> children;
        do {
            left = liveNonDaemon()
                    .filter(t -> !before.contains(t))
                    .map(Thread::getName)
                    .toList();
            children = ProcessHandle.current()
                    .descendants()
                    .filter(ProcessHandle::isAlive)
                    .map(ProcessHandle::pid)
                    .toList();
            if (left.isEmpty() && children.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertTrue(left.isEmpty(), name + " left non-daemon threads alive: " + left);
        assertTrue(children.isEmpty(), name + " left child processes: " + children);
    }

    private static Stream<Thread> liveNonDaemon() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon());
    }
}
