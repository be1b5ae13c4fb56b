package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chapter 1 as real processes: each scenario, stopped mid-run by Ctrl-C (SIGINT) or by the
 * system (SIGTERM), ends with one "interrupted" line and leaves no process behind: every
 * process seen below it while it ran (grandchildren, orphans, zombies included) is gone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ProcessesIT {
    private static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();

    private Process run;
    private File stdout;
    private File stderr;

    @AfterEach
    void noStrays() throws Exception {
        if (run != null) {
            run.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        if (stderr != null) {
            Files.deleteIfExists(stderr.toPath());
        }
        if (stdout != null) {
            Files.deleteIfExists(stdout.toPath());
        }
    }

    /**
     * Whether the process still runs: it is in /proc and not a zombie. A zombie that init adopted
     * is dead, its exit status waiting for init, which reaps in its own time (this machine's init
     * has taken over 10 s); concdemo cannot reap what is not its child.
     */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    @ParameterizedTest(name = "{0} {1}, SIG{4}")
    // Signalled once the run has printed a line ({2}) after which it still has child JVMs to
    // start (hundreds of ms each, longer on a busy machine), or else {3} ms after its first
    // child, for runs that are long anyway (daemon ~1.4 s at its default time scale).
    @CsvSource({ // each scenario once, the two signals taking turns; orphan in each of its two cases
        "spawn,,主 (start() returned,0,INT", // then 3 more children, one at a time
        "isolation,,money = 100,0,TERM", // main's first line; the child is starting (waited for below)
        "zombie,--children 200,,700,INT",
        "orphan,,started pid,0,TERM", // case 1's orphan runs; case 2 is still to come
        "orphan,,2. With one,0,INT", // case 2 begins: its parent and orphan are still to start
        "daemon,--time-scale 2,,1500,TERM",
        "tickets,--lock,,1200,INT",
        "ipc,,,5000,TERM",
    })
    void aSignalMidRunEndsItWithOneLineAndLeavesNoProcess(
            String name, String options, String afterLine, long afterMs, String signal) throws Exception {
        stderr = File.createTempFile("concdemo-processes", ".err");
        stdout = File.createTempFile("concdemo-processes", ".out");
        List<String> command =
                new java.util.ArrayList<>(List.of(ROOT.resolve("concdemo").toString(), name));
        if (options != null) {
            command.addAll(List.of(options.split(" ")));
        }
        run = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectOutput(stdout)
                .redirectError(stderr)
                .start();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (seen.isEmpty() && System.nanoTime() < deadline) {
            if (isJava(run.toHandle())) { // the launcher has exec'd the JVM: its own helpers are not the scenario's
                run.toHandle().descendants().forEach(p -> seen.add(p.pid()));
            }
            Thread.sleep(5);
        }
        assertTrue(!seen.isEmpty(), name + " started no process within 30 s");
        long signalAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(afterMs);
        while (afterLine != null
                ? !Files.readString(stdout.toPath(), StandardCharsets.UTF_8).contains(afterLine)
                        && run.isAlive()
                        && System.nanoTime() < deadline
                : System.nanoTime() < signalAt) {
            run.toHandle().descendants().forEach(p -> seen.add(p.pid()));
            Thread.sleep(5);
        }
        run.toHandle().descendants().forEach(p -> seen.add(p.pid()));
        assertTrue(run.isAlive(), name + " ended before it was signalled");
        if (signal.equals("INT")) {
            ChildCleanupIT.assertSigintReachesChildren();
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(run.waitFor(20, TimeUnit.SECONDS), name + " ends on SIG" + signal);
        assertEquals(130, run.exitValue(), name + ": " + Files.readString(stderr.toPath()));
        String err = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("interrupted after"), err);

        long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); // init reaps an orphan in its own time
        List<Long> left;
        do {
            left = seen.stream().filter(ProcessesIT::running).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < gone);
        assertTrue(left.isEmpty(), name + " left processes behind: " + left + " of " + seen);
    }
}
