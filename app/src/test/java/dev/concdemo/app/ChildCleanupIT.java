package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No orphans, ever: `concdemo primes --procs 2` as a real process, stopped by each signal a
 * user or a system sends, leaves no child JVM; a child killed mid-run is reported, exit 1.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChildCleanupIT {
    private static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();

    private Process parent;
    private File stdout;
    private File stderr;

    /**
     * Starts a long primes run and waits until both child JVMs exist and are working; returns
     * them. The evidence of work is the first result printed: the pool's children take work
     * only once all of them are ready, so by then each has a number in hand or is about to
     * take one, and a death is reported with the number it was working on.
     */
    private List<ProcessHandle> startWithChildren() throws Exception {
        stdout = File.createTempFile("concdemo-cleanup", ".out");
        stderr = File.createTempFile("concdemo-cleanup", ".err");
        parent = new ProcessBuilder(
                        ROOT.resolve("concdemo").toString(), "primes", "--procs", "2", "--repeat", "400", "--no-color")
                .directory(ROOT.toFile())
                .redirectOutput(stdout)
                .redirectError(stderr)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> children = parent.toHandle().children().toList();
            if (children.size() == 2
                    && Files.readString(stdout.toPath(), StandardCharsets.UTF_8).contains(" is prime: ")) {
                return children;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("primes --procs 2 did not start two working child JVMs within 20 s");
    }

    private static void assertAllGone(List<ProcessHandle> children, long withinMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(withinMillis);
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        for (ProcessHandle child : children) {
            assertTrue(!child.isAlive(), "child JVM " + child.pid() + " was left behind");
        }
    }

    private void signal(String name) throws Exception {
        if (name.equals("INT")) {
            assertSigintReachesChildren();
        }
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(parent.pid()))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor());
    }

    /**
     * A child inherits an ignored SIGINT, and a JVM keeps it ignored: when this test JVM was
     * started that way (a build run in the background from a non-interactive shell), Ctrl-C
     * cannot reach any child, and a test that sends it says so in one line.
     */
    static void assertSigintReachesChildren() throws Exception {
        String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("SigIgn:"))
                .findFirst()
                .orElse("SigIgn: 0")
                .substring("SigIgn:".length())
                .strip();
        assertEquals(
                0,
                Long.parseLong(ignored, 16) & (1L << 1), // bit 1: signal 2, SIGINT
                "SIGINT is ignored in this test JVM, and every child inherits that (was the build"
                        + " started in the background by a non-interactive shell?): run it in the foreground");
    }

    @AfterEach
    void noStrays() throws Exception {
        if (parent != null) {
            parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        if (stderr != null) {
            Files.deleteIfExists(stderr.toPath());
        }
        if (stdout != null) {
            Files.deleteIfExists(stdout.toPath());
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"}) // a system stopping it; Ctrl-C
    void stoppingTheParentLeavesNoChild(String signal) throws Exception {
        List<ProcessHandle> children = startWithChildren();
        signal(signal);
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS), "the parent ends on SIG" + signal);
        assertAllGone(children, 2_000);
    }

    @Test
    void evenSigkillOfTheParentLeavesNoChild() throws Exception {
        List<ProcessHandle> children = startWithChildren();
        signal("KILL"); // no shutdown hook runs: the children notice their parent is gone
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        assertAllGone(children, 3_000);
    }

    @Test
    void aChildThatDiesIsReportedAndTheRunExitsOne() throws Exception {
        List<ProcessHandle> children = startWithChildren();
        ProcessHandle victim = children.getFirst();
        victim.destroyForcibly();
        assertTrue(parent.waitFor(20, TimeUnit.SECONDS), "the parent ends when a child dies");
        assertEquals(1, parent.exitValue());
        String err = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
        assertTrue(
                err.matches("(?s)concdemo primes: error: primes-proc-\\d \\(pid " + victim.pid()
                        + "\\) died while working on 'Check n=\\d+': killed by signal 9 \\(exit status 137\\).*"),
                err);
        assertAllGone(children, 3_000);
    }
}
