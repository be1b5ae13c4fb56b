package dev.concdemo.demos.io.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.proc.Python3;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** compare's claims that hold on any machine: an event loop (and coroutines on one thread) stalls behind a hog; idle connections cost threads only some models. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CompareDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(CompareDemo::new);
    private static final ObjectMapper READ = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The bars are the rows' numbers: req/s at 1 and 8 connections, then the heavy p50 and p99. */
    private static void assertBarsAre(List<Figure> figures, JsonNode rows) {
        Bars rates = (Bars) figures.get(0);
        Bars heavy = (Bars) figures.get(1);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals(
                    row.get("rps1").asDouble(), rates.series().get(0).values().get(i), row.toString());
            assertEquals(
                    row.get("rps8").asDouble(), rates.series().get(1).values().get(i), row.toString());
            assertEquals(
                    row.get("heavyP50Ms").asDouble(),
                    heavy.series().get(0).values().get(i),
                    row.toString());
            assertEquals(
                    row.get("heavyP99Ms").asDouble(),
                    heavy.series().get(1).values().get(i),
                    row.toString());
        }
        for (Figure f : figures) {
            assertFalse(f.title().isBlank() || f.caption().isBlank(), f.toString());
        }
    }

    @Test
    void theEventLoopStallsBehindAHogAndOnlyThreadsPayAThreadPerIdleConnection() throws Exception {
        JsonNode r = cli.json("--models", "nio,threads,sync,coroutines", "--json");
        assertFalse(r.has("python"), "no python object without --python");
        JsonNode nio = r.get("models").get(0);
        JsonNode threads = r.get("models").get(1);
        assertEquals("nio", nio.get("model").asText());
        assertTrue(nio.get("fairness").asDouble() < 0.5, "one loop, busy with fib(32), answers little else: " + nio);
        // Causal, counted by the server: while the loop's one thread computes a fib(32) it answers
        // nothing else; a thread per connection answers the measured client meanwhile.
        assertTrue(nio.get("hogAnswers").asLong() > 0, "the hog was served: " + nio);
        assertEquals(0, nio.get("answersBesideHog").asLong(), "the loop was inside the hog: " + nio);
        assertTrue(threads.get("hogAnswers").asLong() > 0, "the hog was served: " + threads);
        assertTrue(
                threads.get("answersBesideHog").asLong() > 0,
                "another thread answered while the hog was computed: " + threads);
        assertTrue(nio.get("serverThreadsIdle").asLong() <= 2, "nio holds 1000 idle connections on its loop: " + nio);
        assertTrue(threads.get("serverThreadsIdle").asLong() >= 1000, "threads holds one thread each: " + threads);
        assertTrue(
                nio.get("idleKbPerConnection").asDouble()
                        < threads.get("idleKbPerConnection").asDouble(),
                "and costs less memory per idle connection");
        double nioHeap = nio.get("idleHeapKbPerConnection").asDouble();
        assertTrue(
                nioHeap > 0.1 && nioHeap < 10,
                "a channel, its key and buffers: under a KB or so of live heap each: " + nio);
        for (JsonNode served : List.of(nio, threads)) {
            assertTrue(
                    served.get("requests8").asLong() >= 8,
                    "the 8 connections were answered, again and again: " + served);
            assertFalse(served.get("firstAnswerMs").isNull(), "a first round trip was timed: " + served);
        }

        // sync serves one connection at a time: the measured one, connected first, until the
        // window ends; the hog's answer comes after it, which is not sharing.
        JsonNode sync = r.get("models").get(2);
        assertEquals(0, sync.get("hogAnswers").asLong(), "the hog waited for the measured one to leave: " + sync);
        assertTrue(sync.get("fairness").isNull(), "the hog never served: no share to report: " + sync);
        assertTrue(sync.get("rpsWithHog").asDouble() > 0, "the measured one was served all along: " + sync);

        // seed 003's generator server: coroutines on one thread do not escape the hog either.
        JsonNode coroutines = r.get("models").get(3);
        assertEquals("coroutines", coroutines.get("model").asText());
        assertTrue(coroutines.get("fairness").asDouble() < 0.5, "fib does not yield: " + coroutines);
        assertTrue(coroutines.get("hogAnswers").asLong() > 0, "the hog was served: " + coroutines);
        assertEquals(
                0,
                coroutines.get("answersBesideHog").asLong(),
                "one thread, inside the hog, answers nothing else: " + coroutines);
        assertTrue(
                coroutines.get("serverThreadsIdle").asLong() <= 2,
                "1000 idle connections, each a suspended coroutine on one thread: " + coroutines);
    }

    /**
     * The process model starts a child JVM per connection: a connection's first answer waits for
     * it, and the idle connections held are the plan's; the announced estimate is the plan's.
     */
    @Test
    void theProcessModelsFirstAnswersWaitForAChildJvm() throws Exception {
        JsonNode r = cli.json("--models", "process", "--json");
        JsonNode process = r.get("models").get(0);
        assertEquals("PROCESS_EACH", process.get("kind").asText());
        assertTrue(process.get("firstAnswerMs").asDouble() > 0, process.toString());
        assertTrue(
                process.get("fastestMs").isNull()
                        || process.get("firstAnswerMs").asDouble()
                                > process.get("fastestMs").asDouble(),
                "a first answer waits for a JVM's start, a later one does not: " + process);
        assertEquals(
                ComparePlan.PROCESS_IDLE_QUICK, process.get("idleConnections").asLong(), process.toString());
        ComparePlan plan = new ComparePlan(
                java.util.List.of(dev.concdemo.demos.io.fib.server.Model.PROCESS),
                java.time.Duration.ofMillis(500),
                1000,
                0,
                dev.concdemo.demos.io.fib.Service.FIB,
                false,
                Runtime.getRuntime().availableProcessors());
        assertEquals(
                plan.estimate().toMillis() / 1000.0, r.get("estimatedSeconds").asDouble(), 1e-9);
    }

    @Test
    void theEchoServiceIsComparedWithoutAHog() throws Exception {
        JsonNode r = cli.json("--models", "nio", "--service", "upper", "--json");
        // The page's bars are the report's numbers (the report is the JSON read back).
        CompareReport report = READ.treeToValue(r, CompareReport.class);
        List<Figure> figures = CompareFigures.of(report, null);
        assertEquals(List.of("nio"), ((Bars) figures.get(0)).categories());
        assertBarsAre(figures, r.get("models"));
        assertEquals("1 KB echo round trips: p50 and p99", figures.get(1).title());
        assertEquals("upper", r.get("service").asText());
        JsonNode nio = r.get("models").get(0);
        assertEquals("1 KB echo", nio.get("heavy").asText());
        assertTrue(nio.get("rps1").asDouble() > 0 && nio.get("rps8").asDouble() > 0, nio.toString());
        assertTrue(nio.get("fairness").isNull(), "no hog for the echo: " + nio);
        assertEquals(0, nio.get("hogAnswers").asLong());
        assertTrue(nio.get("answersBesideHog").isNull(), "no hog, nothing beside it: " + nio);
    }

    /**
     * --python: the project's fib servers in CPython go through the same loads, their figures
     * under the Java rows' names. What holds by construction is asserted: one client at a time
     * never serves the hog within the window, a thread per connection holds a thread per idle
     * connection; and the closing sentence says this run's figures.
     */
    @Test
    void withPythonCPythonsServersAreMeasuredUnderTheSameLoads() throws Exception {
        Python3.required();
        JsonNode r = cli.json("--models", "sync", "--python", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        assertTrue(List.of("gil", "free-threaded").contains(py.get("build").asText()), py.toString());
        assertTrue(py.get("gilEnabled").isBoolean(), py.toString());
        JsonNode javaSync = r.get("models").get(0);
        JsonNode sync = py.get("models").get(0);
        JsonNode threads = py.get("models").get(1);
        assertEquals("python sync", sync.get("model").asText());
        assertEquals("python threads", threads.get("model").asText());
        List<String> javaNames = new ArrayList<>();
        javaSync.fieldNames().forEachRemaining(javaNames::add);
        for (JsonNode row : List.of(sync, threads)) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertEquals(javaNames, names, "the Java rows' names: " + row);
            assertTrue(row.get("rps1").asDouble() > 0 && row.get("rps8").asDouble() > 0, row.toString());
            assertTrue(row.get("idleHeapKbPerConnection").isNull(), "CPython has no JVM heap: " + row);
        }
        assertEquals(0, sync.get("hogAnswers").asLong(), "one client at a time: the hog waited: " + sync);
        assertTrue(sync.get("fairness").isNull(), sync.toString());
        assertTrue(threads.get("hogAnswers").asLong() > 0, "the hog had a thread of its own: " + threads);
        assertTrue(threads.get("serverThreadsIdle").asLong() >= 1000, "a thread per idle connection: " + threads);

        // The closing sentence, computed from these figures: the threads server's rate and share.
        CompareReport report = READ.treeToValue(r, CompareReport.class);
        CPythonReport measured = READ.treeToValue(r.get("python"), CPythonReport.class);
        String sentence = CPythonVerdict.of(report, measured);
        assertTrue(
                sentence.contains(String.format(
                        Locale.ROOT, "%.0f req/s", threads.get("rps8").asDouble())),
                sentence);
        assertTrue(sentence.contains("kept " + CompareRun.kept(measured.models().get(1))), sentence);
        assertFalse(sentence.contains("JVM's threads"), "no Java threads model in this run: " + sentence);
        // The page's bars: CPython's servers are models beside the Java one.
        List<Figure> figures = CompareFigures.of(report, measured);
        assertEquals(List.of("sync", "python sync", "python threads"), ((Bars) figures.get(0)).categories());
        List<JsonNode> rows = List.of(javaSync, sync, threads);
        assertBarsAre(figures, new ObjectMapper().valueToTree(rows));
        assertEquals(
                List.of(),
                ProcessHandle.current()
                        .descendants()
                        .filter(p -> p.info().command().orElse("").contains("python"))
                        .toList(),
                "no server left running");
    }
}
