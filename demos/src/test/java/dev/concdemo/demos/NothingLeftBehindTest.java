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
import dev.concdemo.demos.jvm.atomics.AtomicsDemo;
import dev.concdemo.demos.jvm.forkjoin.ForkJoinDemo;
import dev.concdemo.demos.jvm.futures.FuturesDemo;
import dev.concdemo.demos.jvm.latch.LatchDemo;
import dev.concdemo.demos.jvm.phaser.PhaserDemo;
import dev.concdemo.demos.jvm.pinning.PinningDemo;
import dev.concdemo.demos.jvm.reorder.ReorderDemo;
import dev.concdemo.demos.jvm.rwlock.RwlockDemo;
import dev.concdemo.demos.jvm.structured.StructuredDemo;
import dev.concdemo.demos.jvm.visibility.VisibilityDemo;
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
import dev.concdemo.demos.sync.interleave.InterleaveDemo;
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
import dev.concdemo.support.proc.TempEntries;
import dev.concdemo.support.term.Width;
import dev.concdemo.support.work.Poll;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
            quick("interleave ticket --explore", InterleaveDemo.class, "ticket", "--explore"),
            quick("collections", CollectionsDemo.class, "--trials", "2", "--adds", "1000"),
            quick("sched", SchedDemo.class),
            quick("states", StatesDemo.class, "--time-scale", "0.2"),
            quick("latch", LatchDemo.class, "--runners", "3", "--time-scale", "0.1"),
            quick("visibility", VisibilityDemo.class, "--variant", "plain", "--wait", "0.3"),
            quick("phaser", PhaserDemo.class, "--phases", "3", "--time-scale", "0.1"),
            quick("rwlock", RwlockDemo.class, "--readers", "2", "--time-scale", "0.1"),
            quick("atomics", AtomicsDemo.class, "--increments", "5000", "--rounds", "1"),
            quick("forkjoin", ForkJoinDemo.class, "--size", "100000", "--rounds", "1"),
            quick("futures", FuturesDemo.class, "--time-scale", "0.1"),
            quick("reorder", ReorderDemo.class, "--trials", "20000"),
            quick("structured", StructuredDemo.class, "--threads", "1000"),
            quick("pinning", PinningDemo.class, "--tasks", "8", "--block-ms", "10"),
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
        TempEntries temp = TempEntries.now("concdemo");
        CommandUnderTest cli = new CommandUnderTest(session -> create(type, session));
        assertEquals(0, cli.run(args), name + ": " + cli.err());
        List<String> wide =
                cli.out().lines().filter(l -> Width.of(l) > Width.COLUMNS).toList();
        assertTrue(wide.isEmpty(), name + " printed lines wider than " + Width.COLUMNS + " columns: " + wide);

        // A thread may still be on its way out.
        Poll.until(Duration.ofSeconds(2), () -> newNonDaemon(before).isEmpty());
        List<String> left = newNonDaemon(before);
        assertTrue(left.isEmpty(), name + " left non-daemon threads alive: " + left);

        List<Long> children = liveChildren();
        assertTrue(children.isEmpty(), name + " left child processes: " + children);
        assertEquals(List.of(), temp.added(), name + " left temporary files");
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

    /** A run of a scenario at its default size (seconds long), to be cancelled while it runs. */
    private record Cancelled(String name, Class<?> type, String... args) {}

    private static final List<Cancelled> CANCELLED = List.of(
            cancelled("spawn", SpawnDemo.class),
            cancelled("zombie", ZombieDemo.class),
            cancelled("orphan", OrphanDemo.class),
            cancelled("daemon", DaemonDemo.class),
            cancelled("tickets --lock", TicketsDemo.class, "--lock"),
            cancelled("ipc", IpcDemo.class),
            cancelled("yield", YieldDemo.class),
            cancelled("crawl", CrawlDemo.class),
            cancelled("asyncio", AsyncioDemo.class),
            cancelled("iomodels", IoModelsDemo.class),
            cancelled("c10k", C10kDemo.class, "--models", "threads"),
            cancelled("greenlet", GreenletDemo.class, "--items", "100000000"),
            cancelled("vthreads", VthreadsDemo.class),
            cancelled("threads", ThreadsDemo.class),
            cancelled("race", RaceDemo.class),
            cancelled("collections", CollectionsDemo.class),
            cancelled("deadlock", DeadlockDemo.class),
            cancelled("deadlock --fix trylock", DeadlockDemo.class, "--fix", "trylock"),
            cancelled("rlock", RlockDemo.class),
            cancelled("semaphore", SemaphoreDemo.class),
            cancelled("event", EventDemo.class),
            cancelled("barrier", BarrierDemo.class),
            cancelled("condition", ConditionDemo.class),
            cancelled("queue", QueueDemo.class),
            cancelled("prodcons", ProdConsDemo.class),
            cancelled("pool", PoolDemo.class),
            cancelled("pool --kind process", PoolDemo.class, "--kind", "process"),
            cancelled("primes --procs 2", PrimesDemo.class, "--procs", "2"),
            cancelled("gil", GilDemo.class),
            cancelled("multiprog", MultiprogDemo.class),
            cancelled("states", StatesDemo.class),
            cancelled("latch", LatchDemo.class),
            cancelled("phaser", PhaserDemo.class),
            cancelled("rwlock", RwlockDemo.class),
            cancelled("atomics", AtomicsDemo.class),
            cancelled("forkjoin", ForkJoinDemo.class),
            cancelled("futures", FuturesDemo.class),
            cancelled("visibility", VisibilityDemo.class),
            cancelled("reorder", ReorderDemo.class),
            cancelled("structured", StructuredDemo.class),
            cancelled("pinning", PinningDemo.class),
            cancelled("cpu-vs-io", CpuVsIoDemo.class),
            cancelled("bench rps --model nio", BenchDemo.class, "rps", "--model", "nio", "--duration", "5"),
            cancelled("compare", CompareDemo.class));

    /** The scenarios with no run here to cancel, and why: any other one missing is a case that fails. */
    private static final Map<Class<?>, String> NOT_CANCELLED = Map.of(
            IsolationDemo.class, "its whole run takes ~0.4 s, a child JVM's start",
            SchedDemo.class, "a simulation, computed at once",
            InterleaveDemo.class, "off a terminal, a model computed in about a second (the tmux test plays it)",
            ClientDemo.class, "a few requests to a server of the user's, ended in milliseconds",
            ServeDemo.class, "Ctrl-C is how a server ends, with exit 0: ServeIT signals a real one");

    private static Cancelled cancelled(String name, Class<?> type, String... args) {
        return new Cancelled(name, type, args);
    }

    /** Every scenario's cancelled runs; one with none, and no reason in {@link #NOT_CANCELLED}, fails. */
    static Stream<Arguments> longRuns() {
        return SCENARIOS.stream()
                .filter(type -> !NOT_CANCELLED.containsKey(type))
                .flatMap(type -> {
                    List<Cancelled> runs = CANCELLED.stream()
                            .filter(c -> c.type().equals(type))
                            .toList();
                    return runs.isEmpty()
                            ? Stream.of(Arguments.of(type.getSimpleName() + ": no cancelled run", type, null))
                            : runs.stream().map(c -> Arguments.of(c.name(), c.type(), c.args()));
                });
    }

    @Test
    void everyCancelledRunAndEveryReasonNamesAScenario() {
        CANCELLED.forEach(c -> assertTrue(SCENARIOS.contains(c.type()), c.name() + " is no @Scenario: " + c.type()));
        NOT_CANCELLED.keySet().forEach(type -> assertTrue(SCENARIOS.contains(type), type + " is no @Scenario"));
        CANCELLED.forEach(c -> assertFalse(NOT_CANCELLED.containsKey(c.type()), c.name() + " is both"));
    }

    /** Ctrl-C: the run ends within seconds, with one "interrupted after" line and exit 130, leaving nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("longRuns")
    void aCancelEndsTheRunWithOneLineAndLeavesNothing(String name, Class<?> type, String[] args) throws Exception {
        assertNotNull(
                args, name + ": cancel a run of " + type.getName() + " in CANCELLED, or say why not in NOT_CANCELLED");
        Set<Thread> before = liveNonDaemon().collect(Collectors.toSet());
        TempEntries temp = TempEntries.now("concdemo");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out), new PrintWriter(err));
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() ->
                new CommandUnderTest(s -> create(type, s)).commandLine(session).execute(args));
        if (MEASURE_FROM_THE_START.contains(name)) {
            // Once the story has begun, however long the start takes: its measure is then registered.
            Poll.until(
                    Duration.ofSeconds(10),
                    () -> STORY_BEGUN.matcher(out.toString()).find() || code.isDone());
        } else { // once the story has begun, or after 400 ms: a short default (spawn, warm: ~0.35 s) must not end first
            Poll.until(
                    Duration.ofMillis(400),
                    () -> FIRST_EVENT.matcher(out.toString()).find() || code.isDone());
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
        assertEquals(List.of(), temp.added(), name + " left temporary files");
    }

    private static void assertNothingLeft(String name, Set<Thread> before) throws InterruptedException {
        Poll.until(
                Duration.ofSeconds(3),
                () -> newNonDaemon(before).isEmpty() && liveChildren().isEmpty());
        List<String> left = newNonDaemon(before);
        List<Long> children = liveChildren();
        assertTrue(left.isEmpty(), name + " left non-daemon threads alive: " + left);
        assertTrue(children.isEmpty(), name + " left child processes: " + children);
    }

    private static List<String> newNonDaemon(Set<Thread> before) {
        return liveNonDaemon()
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .toList();
    }

    private static List<Long> liveChildren() {
        return ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .toList();
    }

    private static Stream<Thread> liveNonDaemon() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon());
    }
}
