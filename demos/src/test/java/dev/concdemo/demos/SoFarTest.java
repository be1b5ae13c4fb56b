package dev.concdemo.demos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.SessionStrategy;
import dev.concdemo.support.work.Poll;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ctrl-C tells what was measured so far: each run is interrupted once its output shows a line
 * that comes, in the run's own order, after something measured; the "measured so far" line must
 * then tell it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SoFarTest {
    static Stream<Arguments> runs() {
        return Stream.of(
                run("visibility", VisibilityDemo::new, "started volatile's JVM", "plain still spinning after 1 s"),
                run("reorder", ReorderDemo::new, "trials so far", "trials so far: 0, 0 seen"),
                run("latch", LatchDemo::new, "through the gate", "runners reached the start gate"),
                run("phaser", PhaserDemo::new, "onAdvance(phase 0", "phases advanced"),
                run("rwlock", RwlockDemo::new, "2. A writer under", "readers inside at once"),
                run("forkjoin", ForkJoinDemo::new, "warm-up:", "counted run: "),
                run("futures", FuturesDemo::new, "then a quick one", "the pipeline ran its"),
                run(
                        "structured",
                        StructuredDemo::new,
                        "2. Same child",
                        "scope: scope-charge failed",
                        "--threads",
                        "1000"),
                run("pinning", PinningDemo::new, "native: 20 virtual", "synchronized: 20 tasks in", "--tasks", "20"),
                run("atomics", AtomicsDemo::new, "round 1: ", "round 1: "));
    }

    private static Arguments run(
            String name, Function<Session, Object> factory, String marker, String told, String... args) {
        return Arguments.of(name, factory, marker, told, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void anInterruptTellsWhatWasMeasured(
            String name, Function<Session, Object> factory, String marker, String told, String[] args)
            throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out), new PrintWriter(err));
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> new CommandUnderTest(factory).commandLine(session).execute(args));
        Poll.until(Duration.ofSeconds(30), () -> out.toString().contains(marker) || code.isDone());
        assertFalse(code.isDone(), name + " ended before it showed '" + marker + "': " + out + err);
        session.cancellation().cancel(Cancellation.Reason.INTERRUPTED);
        assertEquals(SessionStrategy.INTERRUPTED, code.get(20, TimeUnit.SECONDS), name + ": " + err);
        String soFar = out.toString()
                .lines()
                .dropWhile(l -> !l.startsWith("  measured so far: "))
                .reduce("", (a, b) -> a + " " + b.strip());
        assertTrue(soFar.contains(told), name + " tells '" + told + "' when interrupted: " + out);
    }
}
