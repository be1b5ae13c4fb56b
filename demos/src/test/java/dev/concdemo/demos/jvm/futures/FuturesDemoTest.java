package dev.concdemo.demos.jvm.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FuturesDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(FuturesDemo::new);

    private static final String COMMON = "ForkJoinPool.commonPool-worker-";

    @Test
    void eachStageRanWhereTheRulesSay() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.5", "--json");
        Map<Integer, JsonNode> stages = new HashMap<>();
        r.get("stages").forEach(s -> stages.put(s.get("stage").asInt(), s));
        assertEquals(11, stages.size(), "every stage ran and was recorded");
        for (JsonNode s : stages.values()) {
            String thread = s.get("thread").asText();
            switch (s.get("why").asText()) {
                case "common-pool" -> assertTrue(thread.startsWith(COMMON), "" + s);
                case "own-executor" -> assertTrue(thread.startsWith("own-"), "" + s);
                case "delay-scheduler" -> assertTrue(thread.toLowerCase().contains("delay"), "" + s);
                default -> {}
            }
        }
        String caller = stages.get(1).get("thread").asText();
        assertFalse(
                caller.startsWith(COMMON) || caller.startsWith("own-") || caller.equals("completer"),
                "thenApply on a completed future ran in the caller: " + stages.get(1));
        assertEquals("completer", stages.get(3).get("thread").asText(), "added first: the completing thread");
        assertEquals("completer", stages.get(10).get("thread").asText(), "exceptionally: where it failed");
        // thenCompose's function runs where [5] completed; thenCombine, allOf and anyOf where [6]'s inner future did.
        assertEquals(
                stages.get(5).get("thread").asText(),
                stages.get(6).get("thread").asText());
        for (int stage : new int[] {7, 8, 9}) {
            assertTrue(stages.get(stage).get("thread").asText().startsWith("own-"), "" + stages.get(stage));
            assertEquals(
                    stages.get(7).get("thread").asText(),
                    stages.get(stage).get("thread").asText());
        }
        assertEquals(2 * 10 + (3 + ((4 + 1) * 2 + 5) * 3), r.get("result").asInt(), "3 + (20 + 45)");
        assertEquals(-1, r.get("recovered").asInt(), "exceptionally recovered");
        assertEquals("java.util.concurrent.TimeoutException", r.get("timedOut").asText());
        assertEquals(
                ForkJoinPool.getCommonPoolParallelism(),
                r.get("commonPoolParallelism").asInt());
    }

    @Test
    void blockingStagesStarveTheCommonPoolButNotAnOwnExecutor() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.5", "--json");
        JsonNode s = r.get("starvation");
        int parallelism = r.get("commonPoolParallelism").asInt();
        assertEquals(parallelism + 2, s.get("blockers").asInt());
        JsonNode common = s.get("commonPool");
        // Every common-pool worker was asleep in a blocker when the quick stage was submitted
        // (sleep adds no worker), so whatever the parallelism it could start only once one ended.
        assertTrue(common.get("quickWaitedForABlocker").asBoolean(), "" + common);
        assertTrue(
                common.get("quickStartedMs").asDouble()
                        >= common.get("firstBlockerEndedMs").asDouble(),
                "" + common);
        assertTrue(common.get("quickThread").asText().startsWith(COMMON), "" + common);
        if (parallelism == 1) {
            assertTrue(common.get("quickStageDelayMs").asDouble() > 0, "" + common);
        }
        JsonNode own = s.get("ownExecutor");
        assertEquals(s.get("blockers").asInt() + 1, own.get("threads").asInt());
        assertTrue(own.get("quickThread").asText().startsWith("own-"), "" + own);
        // A thread to spare: it ran with all blockers still asleep (150 ms each here).
        assertFalse(own.get("quickWaitedForABlocker").asBoolean(), "" + own);
        assertTrue(
                own.get("quickStageDelayMs").asDouble()
                        < common.get("quickStageDelayMs").asDouble(),
                "" + s);
    }

    @Test
    void theSummaryTellsWhereAndWhy() {
        assertEquals(0, cli.run("--time-scale", "0.2"));
        String out = cli.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("the caller ran it at once"), out);
        assertTrue(out.contains("On the common pool the quick stage waited"), out);
        assertTrue(out.contains("it started only after a blocker ended"), out);
        assertTrue(out.contains("asyncio.gather"), out);
    }

    @Test
    void badInputIsExitTwo() {
        assertEquals(2, cli.run("--time-scale", "-1"));
        assertTrue(cli.err().contains("--time-scale"), cli.err());
        assertEquals(2, cli.run("--blockers", "3"));
        assertTrue(cli.out().isEmpty(), cli.out());
    }
}
