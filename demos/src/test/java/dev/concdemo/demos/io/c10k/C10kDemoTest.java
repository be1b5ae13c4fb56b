package dev.concdemo.demos.io.c10k;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** c10k at a small scale: a thread per connection pays a thread and its stack each; the event loop neither. */
class C10kDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(C10kDemo::new);

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void threadsPayAThreadAndItsMemoryPerIdleConnectionWhereNioHoldsThemOnOneThread() throws Exception {
        JsonNode r = cli.json("--models", "threads,nio", "--steps", "500,2000", "--probes", "200", "--json");
        // The page draws the report's numbers (the report is the JSON read back).
        C10kReport report = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build()
                .treeToValue(r, C10kReport.class);
        List<Figure> figures = new C10kDemo(null).figures(report);
        assertEquals(2, figures.size());
        List<String> values = List.of("rssKbPerConnection", "p99Ms");
        for (int f = 0; f < 2; f++) {
            Plot plot = (Plot) figures.get(f);
            assertEquals(Plot.Scale.LINEAR, plot.x().scale(), "500 and 2,000: within a decade");
            for (int m = 0; m < 2; m++) {
                JsonNode model = r.get("models").get(m);
                List<Plot.Point> expected = new ArrayList<>();
                for (JsonNode s : model.get("steps")) {
                    if (!s.get(values.get(f)).isNull()) {
                        expected.add(new Plot.Point(
                                s.get("connections").asInt(),
                                s.get(values.get(f)).asDouble()));
                    }
                }
                assertEquals(model.get("model").asText(), plot.series().get(m).name());
                assertEquals(expected, plot.series().get(m).points(), values.get(f) + " of " + model);
            }
        }
        JsonNode threads = r.get("models").get(0);
        JsonNode nio = r.get("models").get(1);
        assertEquals("threads", threads.get("model").asText());
        for (JsonNode m : r.get("models")) {
            assertTrue(m.get("stoppedAt").isNull(), "held every step: " + m);
            assertEquals(3, m.get("steps").size(), "0 is added as the baseline: " + m);
            for (JsonNode s : m.get("steps")) {
                assertTrue(s.get("p99Ms").asDouble() > 0
                        && s.get("p99Ms").asDouble() >= s.get("p50Ms").asDouble());
                for (String figure : List.of("rssKbPerConnection", "heapKbPerConnection")) {
                    assertFalse(s.get(figure).asDouble() < 0, "no negative figure: " + s);
                }
            }
        }
        JsonNode threadsTop = threads.get("steps").get(2);
        JsonNode nioTop = nio.get("steps").get(2);
        assertEquals(2000, threadsTop.get("connections").asInt());
        assertTrue(threadsTop.get("threads").asLong() >= 2000, "a thread each: " + threadsTop);
        assertTrue(nioTop.get("threads").asLong() <= 2, "one loop for all: " + nioTop);
        assertTrue(
                threadsTop.get("rssKbPerConnection").asDouble()
                        > 3 * nioTop.get("rssKbPerConnection").asDouble(),
                "a thread's stack costs memory an event loop does not pay: " + threadsTop + " vs " + nioTop);
        assertTrue(
                nioTop.get("heapKbPerConnection").isNull()
                        || nioTop.get("heapKbPerConnection").asDouble() < 10,
                "a channel, a key, a buffer: " + nioTop);
        assertEquals(2, cli.run("--models", "sync"), "sync cannot hold idle connections: " + cli.err());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aGrowthWithinTheNoiseIsBoundedNeverPrintedNegative() {
        // virtual at 50, as once seen: the live heap 7,005 KB lower than at step 0
        Double[] fell = C10kRun.perConnection(-7_005, 40, 50);
        assertNull(fell[0], "no figure from a fall");
        assertEquals(140.1, fell[1], 0.001, "the fall is noise at least that large: it bounds the cost");
        String shown = C10kSummary.perConnection(fell[0], fell[1], 2);
        assertEquals("<140.10", shown);
        assertFalse(shown.contains("-"), shown);

        Double[] small = C10kRun.perConnection(30, 40, 50_000);
        assertNull(small[0], "30 KB is within 40 KB of noise");
        assertEquals("<0.01", C10kSummary.perConnection(small[0], small[1], 2), "never <0.00");

        Double[] clear = C10kRun.perConnection(50_000, 40, 50_000);
        assertEquals(1.0, clear[0], 1e-9, "out of the noise: the figure");
        assertNull(clear[1]);
        assertEquals("1.00", C10kSummary.perConnection(clear[0], clear[1], 2));
        assertEquals("-", C10kSummary.perConnection(null, null, 2), "step 0 has no figure");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aModelStoppedByTheClientSidesDescriptorLimitSaysSoAndIsMeasuredWhereItStopped() throws Exception {
        // As if this process could hold 300 clients: the run's own limit path, at a small scale.
        C10kRun run = new C10kRun(
                List.of(Model.NIO), List.of(0, 500), 100, 300, _ -> "the limit, for the test", Narrator.silent());
        C10kReport.ModelSteps nio = run.run().getFirst();
        assertEquals(500, nio.stoppedAt());
        assertEquals("clientLimit", nio.stopKind());
        assertEquals("the limit, for the test", nio.why());
        C10kReport.Step last = nio.steps().getLast();
        assertTrue(last.atStop(), "measured where it stopped: " + last);
        assertEquals(300, last.connections());
        assertTrue(last.p99Ms() != null && last.p99Ms() > 0, "nio still answers: " + last);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aThreadThatCouldNotBeCreatedIsNamedWithTheLimitNearest() {
        String oom = "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or"
                + " process/resource limits reached";
        C10kStops.Stop stop = C10kStops.named(
                new C10kServer.Diagnosis(
                        oom,
                        32_700,
                        32_750,
                        200_000,
                        65_500,
                        65_530,
                        32_760,
                        192_738,
                        4_194_304,
                        20_000_000,
                        1_048_576),
                32_700);
        assertEquals("thread", stop.kind());
        String why = stop.why(Texts.of(C10kDemo.class, Lang.EN));
        assertTrue(why.contains(oom), why);
        assertTrue(why.contains("the nearest limit: vm.max_map_count, at 100%"), why);

        C10kStops.Stop descriptors = C10kStops.named(
                new C10kServer.Diagnosis(
                        null, 19_990, 20_000, 20_000, 400, 65_530, 300, 192_738, 32_768, 20_000_000, 1_048_576),
                19_990);
        assertEquals("serverDescriptors", descriptors.kind());
        assertTrue(descriptors.why(Texts.of(C10kDemo.class, Lang.EN)).contains("EMFILE"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aThreadPerConnectionStopsShortOfTheMachinesPids() {
        assertNull(C10kStops.pidsToSpare(20_000, 32_768, 192_738), "12,768 pids to spare");
        C10kStops.Stop stop = C10kStops.pidsToSpare(30_800, 32_768, 192_738);
        assertEquals("machineThreads", stop.kind());
        String why = stop.why(Texts.of(C10kDemo.class, Lang.EN));
        assertTrue(why.contains("30,800 threads, within 2,000 of kernel.pid_max (32,768)"), why);
        assertEquals(
                "kernel.threads-max",
                C10kStops.pidsToSpare(191_000, 4_194_304, 192_738)
                        .why(Texts.of(C10kDemo.class, Lang.EN))
                        .replaceAll(".* of (kernel\\.[a-z_-]+) .*", "$1"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theProcessModelsStopIsNamedInTheOutput() {
        assertEquals(0, cli.run("--models", "process", "--steps", "70", "--probes", "100"), cli.err());
        assertTrue(
                cli.out()
                        .replaceAll("\\s+", " ")
                        .contains("process stopped on the way to 70: it starts at most 64 child JVMs"),
                cli.out());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void theClosingSentenceNamesWhatItCompared() {
        String tie = C10kVerdict.oneConnection(report(0.033, 0.035, 0.141)).replaceAll("\\s+", " ");
        assertTrue(
                tie.contains("the two models quickest for a single client, nio (p50 0.033 ms) and virtual"
                        + " (0.035 ms), were within 10% of each other"),
                tie);
        assertTrue(tie.contains("the slowest, process, took 0.141 ms"), tie);
        assertFalse(tie.contains("across the models"), "no range beside a claim about two: " + tie);

        String lead = C10kVerdict.oneConnection(report(0.020, 0.035, 0.141)).replaceAll("\\s+", " ");
        assertTrue(
                lead.contains("nio answered a single client fastest (p50 0.020 ms), more than 10% ahead of the"
                        + " next quickest, virtual (0.035 ms)"),
                lead);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void theSummarySaysLessThanWhereRssWasWithinTheNoise() {
        C10kReport.Step zero = new C10kReport.Step(0, null, 1, 50_000, null, null, null, null, 0.03, 0.1, false);
        C10kReport.Step fifty = new C10kReport.Step(50, 9_000.0, 1, 49_000, null, 0.5, null, 0.2, 0.03, 0.2, false);
        C10kReport r = report(List.of(new C10kReport.ModelSteps(
                Model.VIRTUAL, List.of(zero, fifty), null, null, null, 10L, 25L, null, null)));
        String verdict = C10kVerdict.of(r).replaceAll("\\s+", " ");
        assertTrue(verdict.contains("less than 0.50 KB of RSS each"), verdict);
        assertFalse(verdict.matches("(?s).*-\\d.*"), "no negative figure: " + verdict);
    }

    private static C10kReport report(double nio, double virtual, double process) {
        return report(List.of(model(Model.PROCESS, process), model(Model.NIO, nio), model(Model.VIRTUAL, virtual)));
    }

    /** A run's report around these models: 100 probes, 20,000 descriptors (1,000 wanted), 19,800 clients. */
    private static C10kReport report(List<C10kReport.ModelSteps> models) {
        return new C10kReport(100, 20_000, 1_000, null, 19_800, models);
    }

    private static C10kReport.ModelSteps model(Model name, double p50) {
        return new C10kReport.ModelSteps(
                name,
                List.of(new C10kReport.Step(0, null, 1, 50_000, null, null, null, null, p50, 2 * p50, false)),
                null,
                null,
                null,
                10L,
                10L,
                null,
                null);
    }
}
