package dev.concdemo.demos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.cpu.cpuvsio.CpuVsIoDemo;
import dev.concdemo.demos.cpu.gil.GilDemo;
import dev.concdemo.demos.cpu.primes.PrimesDemo;
import dev.concdemo.demos.sync.barrier.BarrierDemo;
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
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NothingLeftBehindTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                run("threads", ThreadsDemo::new, "--time-scale", "0.05"),
                run("race", RaceDemo::new, "--trials", "3", "--time-scale", "0.2"),
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
                run("cpu-vs-io", CpuVsIoDemo::new, "--cpu-tasks", "2", "--n", "25", "--io-tasks", "4", "--time-scale", "0.1"));
    }

    private static Arguments run(String name, Supplier<Object> command, String... args) {
        return Arguments.of(name, command, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noLiveNonDaemonThreadNorChildProcessAfterARun(String name, Supplier<Object> command, String[] args) throws Exception {
        Set<Thread> before = liveNonDaemon().collect(Collectors.toSet());
        CommandUnderTest cli = new CommandUnderTest(command);
        assertEquals(0, cli.run(args), name + ": " + cli.err());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2); // a thread may still be on its way out
        List<String> left;
        do {
            left = liveNonDaemon().filter(t -> !before.contains(t)).map(Thread::getName).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertTrue(left.isEmpty(), name + " left non-daemon threads alive: " + left);

        List<Long> children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
        assertTrue(children.isEmpty(), name + " left child processes: " + children);
    }

    private static Stream<Thread> liveNonDaemon() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon());
    }
}
