package dev.concdemo.support.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.os.ExitStatus;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.os.Subreaper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A named program in a child JVM: its lines, its exit status; and orphans that come back to us to be reaped. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChildProcessTest {
    /** Prints a greeting per argument, then ends with status 3. */
    public static final class Greeter implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) {
            args.forEach(a -> out.println("hello " + a));
            return 3;
        }
    }

    /** Starts {@code sleep SECONDS}, prints its pid, and ends without waiting: the sleep is orphaned. */
    public static final class Abandoner implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            Process sleep = new ProcessBuilder("sleep", args.getFirst()).start();
            out.println(sleep.pid());
            return 0;
        }
    }

    /** Sleeps {@code args[0]} seconds: a child still running whenever it is signalled. */
    public static final class Sleeper implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            Thread.sleep(Duration.ofSeconds(Long.parseLong(args.getFirst())));
            return 0;
        }
    }

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void aProgramRunsToItsExitStatusWithItsLinesLabelledByPid() throws Exception {
        try (ChildProcess child = ChildProcess.start(
                "greeter", Greeter.class, List.of("a", "b c"), (pid, line) -> lines.add("pid " + pid + ": " + line))) {
            assertEquals(3, child.waitFor(Duration.ofSeconds(20)).orElseThrow());
            assertEquals(List.of("pid " + child.pid() + ": hello a", "pid " + child.pid() + ": hello b c"), lines);
            assertEquals("exit status 3", ExitStatus.describe(3));
        }
    }

    @Test
    void aTerminatedOrKilledChildReportsTheSignal() throws Exception {
        try (ChildProcess asked = ChildProcess.start("sleeper", Sleeper.class, List.of("30"), (pid, line) -> {});
                ChildProcess killed = ChildProcess.start("sleeper", Sleeper.class, List.of("30"), (pid, line) -> {})) {
            asked.terminate();
            killed.kill();
            assertEquals(
                    "killed by signal 15 (exit status 143)",
                    ExitStatus.describe(asked.waitFor(Duration.ofSeconds(10)).orElseThrow()));
            assertEquals(
                    "killed by signal 9 (exit status 137)",
                    ExitStatus.describe(killed.waitFor(Duration.ofSeconds(10)).orElseThrow()));
        }
        Subreaper.sweep();
    }

    @Test
    void anOrphanedGrandchildComesBackToUsAndIsKilledAndReaped() throws Exception {
        assertTrue(Subreaper.become(), "Linux lets a process become its descendants' subreaper");
        long grandchild = abandon("30");
        awaitParent(grandchild);
        assertTrue(Subreaper.adopted().stream().anyMatch(p -> p.pid() == grandchild), "adopted");
        assertTrue(Subreaper.sweep() >= 1);
        assertFalse(Files.exists(Path.of("/proc/" + grandchild)), "killed and reaped: not even a zombie is left");
    }

    @Test
    void anAdoptedOrphanThatEndsIsAZombieUntilWeReapItWithWaitpid() throws Exception {
        assertTrue(Subreaper.become());
        long grandchild = abandon("1");
        awaitParent(grandchild);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!state(grandchild).equals("Z") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals("Z", state(grandchild), "ended, not yet reaped: a zombie of ours");
        assertEquals(0, Subreaper.waitFor(grandchild, 2_000), "waitpid(pid) collects exit status 0");
        assertFalse(Files.exists(Path.of("/proc/" + grandchild)), "reaped");
    }

    private long abandon(String seconds) throws Exception {
        try (ChildProcess child =
                ChildProcess.start("abandoner", Abandoner.class, List.of(seconds), (pid, line) -> lines.add(line))) {
            assertEquals(0, child.waitFor(Duration.ofSeconds(20)).orElseThrow());
        }
        return Long.parseLong(lines.getFirst());
    }

    /** Waits until {@code pid}'s parent, as /proc says (a zombie too), is this JVM. */
    private static void awaitParent(long pid) throws Exception {
        long us = ProcessHandle.current().pid();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ppid(pid) != us && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(us, ppid(pid), "re-parented to us, not to init");
    }

    private static long ppid(long pid) {
        return ProcStat.of(pid).map(ProcStat::ppid).orElse(-1L);
    }

    /** The process's state letter (R, S, Z, ...), or "" if it is gone. */
    private static String state(long pid) {
        return ProcStat.of(pid).map(s -> String.valueOf(s.state())).orElse("");
    }
}
