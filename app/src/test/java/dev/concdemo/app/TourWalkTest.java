package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.Session;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code concdemo tour} in this JVM: what a step prints, when it waits, how a cancel stops it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TourWalkTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void fromAPipeAStepPrintsItsHeadingAndExplanationsAsExplainDoesAndNeverReadsTheInput() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the tour read its input from a pipe");
            }

            @Override
            public int available() {
                throw new AssertionError("the tour looked at its input from a pipe");
            }
        };
        Session session = new Session(
                new PrintWriter(out, true), new PrintWriter(err, true), untouchable, false, false, Map.of());
        assertEquals(0, Main.run(session, "tour", "--steps", "1", "--time-scale", "0.1"));
        String text = out.toString();
        assertTrue(text.startsWith("Step 1 of 11. Look for: the words the rest uses\n"), text);
        assertTrue(text.contains("step 1 of 11: explain concurrency, explain units (a few seconds; "), text);
        for (String topic : new String[] {"concurrency", "units"}) {
            StringWriter alone = new StringWriter();
            Main.run(new PrintWriter(alone, true), new PrintWriter(new StringWriter()), "explain", topic);
            assertTrue(text.contains("$ concdemo explain " + topic + "\n" + alone), topic);
        }
        assertTrue(text.contains("The tour is over: 1 step(s) in "), text);
        assertEquals("", err.toString());
    }

    @Test
    void onATerminalItWaitsBetweenStepsAndQStopsIt() {
        InputStream typed = new ByteArrayInputStream("q\n".getBytes(StandardCharsets.UTF_8));
        Session session =
                new Session(new PrintWriter(out, true), new PrintWriter(err, true), typed, true, true, Map.of());
        assertEquals(0, Main.run(session, "tour", "--steps", "1,9", "--lang", "en"));
        String text = out.toString();
        assertTrue(text.contains("Enter: next step, q: stop "), text);
        assertTrue(text.contains("Stopped after step 1; 'concdemo tour --steps 9' goes on from the next."), text);
        assertFalse(text.contains("Step 9 of 11"), text);
    }

    @Test
    void aCancelMidStepStopsTheRunAsCtrlCWouldAndSaysWhereToGoOn() throws Exception {
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread tour = Thread.ofPlatform()
                .name("tour-test")
                .start(() -> code.set(Main.run(session, "tour", "--steps", "4-5", "--time-scale", "1")));
        while (!out.toString().contains("$ concdemo deadlock --fix order")) {
            assertTrue(tour.isAlive(), out.toString());
            Thread.sleep(20);
        }
        Thread.sleep(300); // into the run
        session.cancellation().cancel(Cancellation.Reason.INTERRUPTED);
        tour.join();
        assertEquals(130, code.get());
        assertTrue(err.toString().contains("concdemo deadlock: interrupted after "), err.toString());
        assertTrue(
                err.toString()
                        .contains(
                                "concdemo tour: interrupted at step 4 of 11; 'concdemo tour --steps 4-5' starts again"),
                err.toString());
        assertFalse(out.toString().contains("$ concdemo explain locks"), "no command after the cancel");
        assertFalse(out.toString().contains("Step 5 of 11"));
    }

    @Test
    void inChineseTheFrameIsChineseToo() {
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, Main.run(session, "tour", "--steps", "1", "--lang", "zh"));
        assertTrue(out.toString().startsWith("第 1 步（共 11 步）。留意：后面用到的词\n"), out.toString());
        assertTrue(out.toString().contains("$ concdemo explain concurrency --lang zh\n并发与并行"), out.toString());
    }
}
