package dev.concdemo.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.sync.deadlock.DeadlockDemo;
import dev.concdemo.demos.sync.race.RaceDemo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a run's session promises: cancel ends it with one line, a closed output ends it quietly, colour as asked. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SessionTest {

    @Test
    void aCancelledRunEndsPromptlyWithOneInterruptedLineAndExit130() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = Session.of(new PrintWriter(out), new PrintWriter(err));
        CommandUnderTest cli = new CommandUnderTest(DeadlockDemo::new);
        // the fixed run takes 10 x 2 s: far longer than the test waits
        long submitted = System.nanoTime();
        CompletableFuture<Integer> code =
                CompletableFuture.supplyAsync(() -> cli.commandLine(session).execute("--fix", "order"));
        // Cancelled once the run is seen running (its story has begun), not after a guessed sleep.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.toString().contains("got lock A") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long cancelledAt = System.nanoTime();
        assertTrue(session.cancellation().cancel(Cancellation.Reason.INTERRUPTED));
        assertEquals(SessionStrategy.INTERRUPTED, code.get(10, TimeUnit.SECONDS));
        long ended = System.nanoTime();
        long tookMs = (ended - cancelledAt) / 1_000_000;
        assertTrue(tookMs < 3_000, "ended " + tookMs + " ms after the cancel");
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        Matcher m =
                Pattern.compile("deadlock: interrupted after (\\d+\\.\\d\\d) s").matcher(lines.getFirst());
        assertTrue(m.matches(), lines.getFirst());
        // The run's clock starts on its own thread, after the test's: what it reports lies within
        // the time measured around the whole run (plus the last digit's rounding).
        double reportedMs = Double.parseDouble(m.group(1)) * 1000;
        double aroundMs = (ended - submitted) / 1e6;
        assertTrue(
                reportedMs >= 0 && reportedMs <= aroundMs + 10, reportedMs + " ms reported, " + aroundMs + " around");
        assertTrue(out.toString().contains("got lock A"), "the story so far was told: " + out);
        assertFalse(session.cancellation().cancel(Cancellation.Reason.INTERRUPTED), "a second cancel is not a first");
    }

    @Test
    void aClosedOutputEndsTheRunQuietlyWith141() throws Exception {
        // A reader that takes 300 bytes, then goes away, as `| head -3` does.
        OutputStream head = new OutputStream() {
            private int taken;

            @Override
            public void write(int b) throws IOException {
                if (++taken > 300) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        StringWriter err = new StringWriter();
        Session session = Session.of(
                new PrintWriter(new java.io.OutputStreamWriter(head, StandardCharsets.UTF_8), true),
                new PrintWriter(err));
        long start = System.nanoTime();
        int code = new CommandUnderTest(DeadlockDemo::new).commandLine(session).execute("--fix", "order");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(SessionStrategy.OUTPUT_CLOSED, code);
        assertEquals("", err.toString(), "quietly");
        assertTrue(tookMs < 5_000, "the 20 s run ended " + tookMs + " ms after it began, once nobody read it");
    }

    @Test
    void aCommandObjectKeepsNothingFromOneRunToTheNext() throws Exception {
        StringWriter out = new StringWriter();
        Session session = Session.of(new PrintWriter(out), new PrintWriter(new StringWriter()));
        picocli.CommandLine queue =
                new CommandUnderTest(dev.concdemo.demos.sync.queue.QueueDemo::new).commandLine(session);
        assertEquals(0, queue.execute("--time-scale", "0.05", "--json"));
        assertEquals(0, queue.execute("--time-scale", "0.05", "--json"));
        List<com.fasterxml.jackson.databind.JsonNode> runs = new com.fasterxml.jackson.databind.ObjectMapper()
                .readerFor(com.fasterxml.jackson.databind.JsonNode.class)
                .<com.fasterxml.jackson.databind.JsonNode>readValues(out.toString())
                .readAll();
        assertEquals(2, runs.size());
        assertEquals(
                runs.get(0).get("steps").size(), runs.get(1).get("steps").size(), "the second run's steps are its own");

        out.getBuffer().setLength(0);
        picocli.CommandLine event =
                new CommandUnderTest(dev.concdemo.demos.sync.event.EventDemo::new).commandLine(session);
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            out.getBuffer().setLength(0);
            assertEquals(0, event.execute("--time-scale", "0.02", "--json"));
            seeds.add(new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out.toString())
                    .get("seed")
                    .asLong());
        }
        assertTrue(seeds.size() > 1, "each run draws its own seed: " + seeds);
    }

    @Test
    void theSummarysElapsedTimeIsOnTheSameClockAsTheStamps() {
        CommandUnderTest cli = new CommandUnderTest(dev.concdemo.demos.sync.prodcons.ProdConsDemo::new);
        assertEquals(0, cli.run("--time-scale", "0.1"));
        double lastStamp = cli.out()
                .lines()
                .filter(l -> l.matches(" *\\+\\d+\\.\\d{3}s .*"))
                .mapToDouble(
                        l -> Double.parseDouble(l.strip().substring(1, l.strip().indexOf('s'))))
                .max()
                .orElseThrow();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("elapsed (\\d+\\.\\d\\d) s").matcher(cli.out());
        assertTrue(m.find(), cli.out());
        double elapsed = Double.parseDouble(m.group(1));
        assertTrue(
                elapsed >= Math.floor(lastStamp * 100) / 100,
                "elapsed " + elapsed + " s after a +" + lastStamp + "s line");
    }

    @Test
    void colourAsAsked() {
        CommandUnderTest cli = new CommandUnderTest(RaceDemo::new);
        cli.run("--trials", "2", "--time-scale", "0.05", "--color", "always");
        assertTrue(cli.out().contains("\u001b["), "always: escape sequences");
        cli.run("--trials", "2", "--time-scale", "0.05", "--color", "never");
        assertFalse(cli.out().contains("\u001b["), "never: none");
        cli.run("--trials", "2", "--time-scale", "0.05");
        assertFalse(cli.out().contains("\u001b["), "auto, not a terminal: none");
    }

    @Test
    void autoColourOnATerminalUnlessDumbOrNoColor() {
        CommonOptions auto = new CommonOptions();
        assertTrue(terminal(Map.of("TERM", "xterm-256color")).colour(auto));
        assertFalse(terminal(Map.of("TERM", "dumb")).colour(auto));
        assertFalse(terminal(Map.of("TERM", "xterm", "NO_COLOR", "1")).colour(auto));
    }

    private static Session terminal(Map<String, String> env) {
        return new Session(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                java.io.InputStream.nullInputStream(),
                true,
                true,
                env);
    }
}
