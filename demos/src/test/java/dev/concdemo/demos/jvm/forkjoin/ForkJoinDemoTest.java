package dev.concdemo.demos.jvm.forkjoin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.RunClock;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.term.Units;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ForkJoinDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(ForkJoinDemo::new);

    private static final int SIZE = 300_000;

    /** The sum computed here, element by element, without any split. */
    private static long expectedSum(int size) {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += Work.weigh(i * 0x9E3779B9);
        }
        return sum;
    }

    @Test
    void everySplitSumsExactlyAndEveryTaskRunsOnce() throws Exception {
        JsonNode r = cli.json("--size", "" + SIZE, "--workers", "2", "--rounds", "1", "--json");
        assertEquals(expectedSum(SIZE), r.get("sum").asLong());
        int threshold = r.get("threshold").asInt();
        assertEquals(ForkJoinRun.autoThreshold(SIZE, 2), threshold);
        JsonNode rows = r.get("thresholds");
        assertEquals(ForkJoinRun.TINY, rows.get(0).get("threshold").asInt(), "the too-small threshold first");
        assertEquals(SIZE, rows.get(rows.size() - 1).get("threshold").asInt(), "the whole array last");
        assertEquals(1, rows.get(rows.size() - 1).get("tasks").asLong(), "the whole array is one task");
        boolean chosenListed = false;
        for (JsonNode row : rows) {
            assertTrue(row.get("sumExact").asBoolean(), "exact at every threshold: " + row);
            assertEquals(2 * row.get("leaves").asLong() - 1, row.get("tasks").asLong(), "a binary split: " + row);
            chosenListed |= row.get("threshold").asInt() == threshold;
        }
        assertTrue(chosenListed, "the chosen threshold is in the table");
        assertTrue(rows.get(0).get("tasks").asLong() > 100_000, "too small means many tiny tasks");

        // Per worker, counted in the tasks themselves: the parts add up to the totals.
        long steals = 0;
        long ran = 0;
        int busy = 0;
        for (JsonNode w : r.get("steals")) {
            assertTrue(w.get("worker").asText().startsWith("fj-"), "workers named by our factory: " + w);
            assertTrue(w.get("steals").asLong() <= w.get("tasksRun").asLong(), "a steal is a task run: " + w);
            steals += w.get("steals").asLong();
            ran += w.get("tasksRun").asLong();
            busy += w.get("tasksRun").asLong() > 0 ? 1 : 0;
        }
        assertEquals(2, r.get("steals").size());
        assertEquals(r.get("stealsTotal").asLong(), steals);
        assertEquals(r.get("tasksTotal").asLong(), ran);
        assertEquals(SumTask.tasks(SIZE, threshold), ran, "every task ran exactly once");
        // A task reaches another worker only by being stolen (the root comes from outside, and its
        // worker forks everything else): two busy workers mean at least one steal, one means none.
        // Whether the second worker is scheduled in time is up to a busy machine, so both cases are checked.
        if (busy >= 2) {
            assertTrue(steals >= 1, "two workers ran tasks, so one was stolen: " + r.get("steals"));
        } else {
            assertEquals(0, steals, "one worker ran everything: nothing stolen");
        }

        JsonNode times = r.get("times");
        for (String field : new String[] {"sequentialMs", "forkJoinMs", "fixedPoolChunksMs", "fixedPoolLeavesMs"}) {
            assertTrue(times.get(field).asDouble() > 0, field);
        }
        JsonNode speedup = r.get("speedup");
        assertEquals(
                Units.round2(times.get("sequentialMs").asDouble()
                        / times.get("forkJoinMs").asDouble()),
                speedup.get("forkJoin").asDouble(),
                0.011);
        assertTrue(r.has("poolStealCount") && r.has("cores") && r.get("rounds").asInt() == 1);
    }

    @Test
    void oneWorkerStealsNothing() throws Exception {
        JsonNode r = cli.json("--size", "100000", "--workers", "1", "--rounds", "1", "--json");
        assertEquals(0, r.get("stealsTotal").asLong());
        assertEquals(
                SumTask.tasks(100_000, r.get("threshold").asInt()),
                r.get("steals").get(0).get("tasksRun").asLong());
    }

    @Test
    void theSummarySaysTheFiguresOfItsReport() throws Exception {
        JsonNode json = cli.json("--size", "" + SIZE, "--threshold", "5000", "--rounds", "1", "--json");
        ForkJoinReport r = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .treeToValue(json, ForkJoinReport.class);
        StringWriter text = new StringWriter();
        Narrator n = new Narrator(new PrintWriter(text, true), false, false, 4, new RunClock(), Trace.off(), () -> {});
        ForkJoinSummary.print(n, r);
        String said = text.toString().replaceAll("\\s+", " ");
        assertTrue(said.contains("Of %,d tasks, %,d ran on a worker".formatted(r.tasksTotal(), r.stealsTotal())), said);
        assertTrue(said.contains("getStealCount() said %,d".formatted(r.poolStealCount())), said);
        assertTrue(
                said.contains("Fork/join ran %sx as fast"
                        .formatted(Units.fixed2(r.speedup().forkJoin()))),
                said);
        String versus =
                ForkJoinSummary.compare(r.times().forkJoinMs(), r.times().fixedPoolChunksMs());
        assertTrue(
                said.contains(
                        switch (versus) {
                            case "faster" -> "% faster than the fixed pool";
                            case "slower" -> "% slower than the fixed pool";
                            default -> "took about the same";
                        }),
                said);
        ForkJoinReport.ThresholdRow tiny = r.thresholds().getFirst();
        ForkJoinReport.ThresholdRow whole = r.thresholds().getLast();
        assertTrue(said.contains("(%,d: %,d tasks)".formatted(tiny.threshold(), tiny.tasks())), said);
        assertTrue(said.contains("%sx the best time".formatted(Units.fixed2(tiny.vsBest()))), said);
        assertTrue(said.contains("one task took %sx the best".formatted(Units.fixed2(whole.vsBest()))), said);
        assertTrue(
                said.contains(tiny.vsBest() > 1 + ForkJoinSummary.SAME ? "Too small a threshold" : "not measurable"),
                said);
        assertTrue(said.contains("summed exactly to %,d".formatted(r.sum())), said);
        assertTrue(said.toLowerCase(Locale.ROOT).contains("no work stealing") || said.contains("do not steal"), said);
    }

    @Test
    void badInputIsExitTwo() {
        for (String[] args : new String[][] {
            {"--size", "10"}, {"--size", "100000", "--threshold", "200000"}, {"--workers", "0"}, {"--rounds", "0"}
        }) {
            assertEquals(2, cli.run(args));
            assertTrue(cli.err().contains(args[args.length - 2]), cli.err());
            assertTrue(cli.out().isEmpty(), cli.out());
        }
    }
}
