package dev.concdemo.support.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.work.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PythonProgramTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private final TempEntries temp = TempEntries.now("concdemo-python-");

    record Answers(List<String> args, String version) {}

    @Test
    void theProgramsOneJsonDocumentIsReadWithItsArguments() throws Exception {
        Answers a = PythonProgram.of(Python3.required(), PythonProgramTest.class, "answers.py")
                .run(Answers.class, BOUND, List.of("--n", "3"));
        assertEquals(List.of("--n", "3"), a.args());
        assertTrue(a.version().startsWith("3."), a.version());
        assertEquals(List.of(), leftovers("answers.py"), "the temporary copy is deleted");
    }

    @Test
    void aPythonErrorIsOneLineNamingTheProgramWithTheTracebackForDebug() throws Exception {
        ScenarioFailure failure = assertThrows(
                ScenarioFailure.class, () -> PythonProgram.of(Python3.required(), PythonProgramTest.class, "raises.py")
                        .run(Answers.class, BOUND, List.of()));
        assertEquals("raises.py: ZeroDivisionError: division by zero", failure.getMessage());
        String traceback = failure.getCause().getMessage();
        assertTrue(
                traceback.contains("Traceback (most recent call last)") && traceback.contains("in share"), traceback);
        assertEquals(List.of(), leftovers("raises.py"));
    }

    @Test
    void aCancelledRunLeavesNoProcessAndNoFile() throws Exception {
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread runner = Thread.ofPlatform().name("python-runner").start(() -> {
            try {
                PythonProgram.of(Python3.required(), PythonProgramTest.class, "waits.py")
                        .run(Answers.class, BOUND, List.of());
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        // python3 waits.py, and the child it starts: both running before the cancel
        assertTrue(Poll.until(Duration.ofSeconds(20), () -> pythons().size() >= 2), "started: " + pythons());
        List<ProcessHandle> started = pythons();
        assertEquals(1, leftovers("waits.py").size(), "the program runs from a temporary copy");
        runner.interrupt(); // what a Ctrl-C does to the thread running the command
        runner.join(Duration.ofSeconds(20));
        assertFalse(runner.isAlive());
        assertTrue(ended.get() instanceof InterruptedException, "the run ends as interrupted: " + ended.get());
        // Killed and waited for; a worker init adopts is reaped by init, a moment later.
        assertTrue(
                Poll.until(Duration.ofSeconds(5), () -> started.stream().noneMatch(ProcessHandle::isAlive)),
                "still running: "
                        + started.stream()
                                .filter(ProcessHandle::isAlive)
                                .map(ProcessHandle::info)
                                .toList());
        assertEquals(List.of(), leftovers("waits.py"));
    }

    @Test
    void aRunPastItsBoundIsStoppedInOneLine() throws Exception {
        ScenarioFailure failure = assertThrows(
                ScenarioFailure.class, () -> PythonProgram.of(Python3.required(), PythonProgramTest.class, "waits.py")
                        .run(Answers.class, Duration.ofSeconds(1), List.of()));
        assertEquals("waits.py: still running after 1 s: stopped", failure.getMessage());
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> pythons().isEmpty()), "left: " + pythons());
        assertEquals(List.of(), leftovers("waits.py"));
    }

    record Started(String version, long pid) {}

    record Echo(String echo) {}

    @Test
    void aStartedProgramAnswersFirstThenWhatItIsAskedAndClosedLeavesNothing() throws Exception {
        PythonProgram program = PythonProgram.of(Python3.required(), PythonProgramTest.class, "stays.py");
        ProcessHandle interpreter;
        try (PythonProgram.Running<Started> running = program.start(Started.class, BOUND, List.of())) {
            assertTrue(
                    running.answer().version().startsWith("3."),
                    running.answer().version());
            assertEquals(running.pid(), running.answer().pid(), "the first line came from the interpreter started");
            assertEquals("ping", running.ask("ping", Echo.class).echo());
            assertEquals(1, leftovers("stays.py").size(), "it runs from a temporary copy");
            interpreter = ProcessHandle.of(running.pid()).orElseThrow();
        }
        assertFalse(interpreter.isAlive(), "closed: killed and waited for");
        assertEquals(List.of(), leftovers("stays.py"));
    }

    @Test
    void aStartedProgramThatDiesBeforeAnsweringIsOneLine() throws Exception {
        ScenarioFailure failure = assertThrows(
                ScenarioFailure.class, () -> PythonProgram.of(Python3.required(), PythonProgramTest.class, "raises.py")
                        .start(Started.class, BOUND, List.of()));
        assertEquals("raises.py: ZeroDivisionError: division by zero", failure.getMessage());
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> pythons().isEmpty()), "left: " + pythons());
        assertEquals(List.of(), leftovers("raises.py"));
    }

    /** This JVM's descendants that are Python interpreters. */
    private static List<ProcessHandle> pythons() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").contains("python"))
                .toList();
    }

    /** Temporary directories holding {@code program} still there. */
    private List<Path> leftovers(String program) {
        return temp.added().stream()
                .filter(f -> Files.exists(f.resolve(program)))
                .toList();
    }

    @Test
    void theSharedModuleDescribesTheInterpreter() throws Exception {
        record About(String version, String build, boolean gilEnabled, double switchIntervalMs, int answer) {}
        About a = PythonProgram.of(Python3.required(), PythonProgramTest.class, "about.py")
                .run(About.class, BOUND, List.of());
        assertTrue(a.version().startsWith("3."), a.version());
        assertTrue(List.of("gil", "free-threaded").contains(a.build()), a.build());
        assertTrue(a.switchIntervalMs() > 0, "sys.getswitchinterval(), in ms: " + a.switchIntervalMs());
        assertEquals(42, a.answer(), "the program's own results beside the description");
        assertEquals(List.of(), leftovers("about.py"));
    }
}
