package dev.concdemo.app;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.HelpCommand;

/**
 * Every command concdemo has, in catalogue order: the one place a new scenario is added.
 *
 * <p>Commands are attached to the picocli tree lazily ({@link #needed}): building a
 * command's model reads all its annotations (~15 ms each on a cold JVM), so a run builds
 * only the command it runs, and the whole tree only for help, completion and unknown
 * names. Names are written here as well as in each {@code @Command}; RegistryTest checks
 * that they agree.
 */
final class Registry {
    private Registry() {}

    /** The commands about the catalogue itself (chapter 0). */
    static final Map<String, Class<?>> BUILT_INS = ordered(
            "list", ListCommand.class,
            "explain", ExplainCommand.class,
            "tour", TourCommand.class,
            "shell", ShellCommand.class,
            "completion", CompletionCommand.class,
            "help", HelpCommand.class);

    /** The scenarios, chapter by chapter. */
    static final Map<String, Class<?>> SCENARIOS = ordered(
            // 1. Processes
            "spawn", SpawnDemo.class,
            "isolation", IsolationDemo.class,
            "zombie", ZombieDemo.class,
            "orphan", OrphanDemo.class,
            "daemon", DaemonDemo.class,
            "tickets", TicketsDemo.class,
            "ipc", IpcDemo.class,
            // 2. Threads and synchronization
            "threads", ThreadsDemo.class,
            "race", RaceDemo.class,
            "collections", CollectionsDemo.class,
            "deadlock", DeadlockDemo.class,
            "rlock", RlockDemo.class,
            "semaphore", SemaphoreDemo.class,
            "event", EventDemo.class,
            "barrier", BarrierDemo.class,
            "condition", ConditionDemo.class,
            "queue", QueueDemo.class,
            "prodcons", ProdConsDemo.class,
            "pool", PoolDemo.class,
            "interleave", InterleaveDemo.class,
            // 3. CPU-bound work and the GIL
            "primes", PrimesDemo.class,
            "gil", GilDemo.class,
            "cpu-vs-io", CpuVsIoDemo.class,
            // 4. Coroutines and async
            "yield", YieldDemo.class,
            "greenlet", GreenletDemo.class,
            "vthreads", VthreadsDemo.class,
            "crawl", CrawlDemo.class,
            "asyncio", AsyncioDemo.class,
            // 5. IO models and the fib service
            "iomodels", IoModelsDemo.class,
            "serve", ServeDemo.class,
            "client", ClientDemo.class,
            "bench", BenchDemo.class,
            "compare", CompareDemo.class,
            "c10k", C10kDemo.class,
            // 6. Operating-system theory
            "sched", SchedDemo.class,
            "multiprog", MultiprogDemo.class,
            "states", StatesDemo.class,
            // 7. The JVM's own toolkit
            "visibility", VisibilityDemo.class,
            "reorder", ReorderDemo.class,
            "latch", LatchDemo.class,
            "phaser", PhaserDemo.class,
            "rwlock", RwlockDemo.class,
            "forkjoin", ForkJoinDemo.class,
            "futures", FuturesDemo.class,
            "structured", StructuredDemo.class,
            "pinning", PinningDemo.class,
            "atomics", AtomicsDemo.class);

    /** Built-ins then scenarios, in catalogue order. */
    static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>(BUILT_INS);
        all.putAll(SCENARIOS);
        return all;
    }

    /**
     * The subcommands a run with these arguments needs: the one it names; none for the
     * catalogue and --version; all of them for help, completion and unknown names (for
     * "did you mean").
     */
    static List<Class<?>> needed(String... args) {
        String first = null;
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (!arg.startsWith("-")) {
                first = arg;
                break;
            }
        }
        if (first == null) {
            return help ? List.copyOf(all().values()) : List.of();
        }
        Class<?> named = all().get(first);
        boolean wholeTree = named == null || named == HelpCommand.class || named == CompletionCommand.class;
        return wholeTree ? List.copyOf(all().values()) : List.of(named);
    }

    private static Map<String, Class<?>> ordered(Object... nameThenClass) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            map.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return map;
    }

    static List<String> names() {
        return new ArrayList<>(all().keySet());
    }
}
