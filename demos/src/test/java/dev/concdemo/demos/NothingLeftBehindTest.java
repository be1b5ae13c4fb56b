package dev.concdemo.demos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.SessionStrategy;
import dev.concdemo.support.term.Width;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's "nothing is left behind", for every thread and CPU scenario: after a run,
 * no new non-daemon thread is alive (one would keep the JVM up) and no child process of
 * this JVM is left. Daemon threads may outlive a run on purpose (threads' daemon "egon").
 * And every line it printed fits 100 columns, CJK characters counted as two.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NothingLeftBehindTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                run("spawn", SpawnDemo::new),
                run("isolation", IsolationDemo::new),
                run("zombie", ZombieDemo::new, "--time-scale", "0.2"),
                run("orphan", OrphanDemo::new),
                run("daemon", DaemonDemo::new, "--time-scale", "0.2"),
                run("tickets", TicketsDemo::new, "--buyers", "3", "--time-scale", "0.3"),
                run("ipc", IpcDemo::new, "--producers", "1", "--consumers", "1", "--items", "2", "--time-scale", "0.1"),
                run("yield", YieldDemo::new, "--time-scale", "0.05", "--items", "10000"),
                run("crawl", CrawlDemo::new, "--time-scale", "0.05"),
                run("asyncio", AsyncioDemo::new, "--time-scale", "0.02"),
                run("iomodels", IoModelsDemo::new, "--time-scale", "0.05", "--sockets", "0,100"),
                run("c10k", C10kDemo::new, "--models", "nio", "--steps", "0,200", "--probes", "100"),
                run("greenlet", GreenletDemo::new, "--time-scale", "0.1", "--items", "1000"),
                run("vthreads", VthreadsDemo::new, "--time-scale", "0.1", "--tasks", "100", "--increments", "1000"),
                run("threads", ThreadsDemo::new, "--time-scale", "0.05"),
                run("race", RaceDemo::new, "--trials", "3", "--time-scale", "0.2"),
                run("collections", CollectionsDemo::new, "--trials", "2", "--adds", "1000"),
                run("sched", SchedDemo::new),
                run("states", StatesDemo::new, "--time-scale", "0.2"),
                run("multiprog", MultiprogDemo::new, "--unit", "10", "--spin", "100"),
                run("sched --algo mlfq --verbose", SchedDemo::new, "--algo", "mlfq", "--verbose"),
                run("deadlock", DeadlockDemo::new, "--time-scale", "0.05"),
                run("deadlock --fix trylock", DeadlockDemo::new, "--fix", "trylock", "--time-scale", "0.02"),
                run("rlock", RlockDemo::new, "--time-scale", "0.05"),
                run("semaphore", SemaphoreDemo::new, "--time-scale", "0.02"),
                run("event", EventDemo::new, "--time-scale", "0.05", "--seed", "1"),
                run("barrier", BarrierDemo::new, "--time-scale", "0.05"),
                run("condition", ConditionDemo::new, "--time-scale", "0.05"),
                run("queue", QueueDemo::new, "--time-scale", "0.05"),
                run("prodcons --stop join", ProdConsDemo::new, "--stop", "join", "--time-scale", "0.05"),
                run("pool --kind process", PoolDemo::new, "--kind", "process", "--tasks", "6", "--time-scale", "0.05"),
                run("primes --procs 2", PrimesDemo::new, "--procs", "2", "--repeat", "1", "--quiet"),
                run("gil", GilDemo::new, "--threads", "1,2", "--n", "25", "--time-scale", "0.1"),
                run(
                        "cpu-vs-io",
                        CpuVsIoDemo::new,
                        "--cpu-tasks",
                        "2",
                        "--n",
                        "25",
                        "--io-tasks",
                        "4",
                        "--time-scale",
                        "0.1"),
                run("serve --model nio", ServeDemo::new, "--model", "nio", "--port", "0", "--duration", "0.3"),
                run(
                        "serve --model procs",
                        ServeDemo::new,
                        "--model",
                        "procs",
                        "--workers",
                        "1",
                        "--port",
                        "0",
                        "--duration",
                        "0.3"));
    }

    private static Arguments run(String name, Function<Session, Object> command, String... args) {
        return Arguments.of(name, command, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noLiveNonDaemonThreadNorChildProcessAfterARun(String name, Function<Session, Object> command, String[] args)
            throws Exception {
        Set<Thread> before = liveNonDaemon().collect(Collectors.toSet());
        CommandUnderTest cli = new CommandUnderTest(command);
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
