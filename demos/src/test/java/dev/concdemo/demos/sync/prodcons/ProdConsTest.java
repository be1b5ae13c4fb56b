package dev.concdemo.demos.sync.prodcons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProdConsTest {
    private final CommandUnderTest cli = new CommandUnderTest(ProdConsDemo::new);

    @ParameterizedTest
    @ValueSource(strings = {"pill", "join"})
    void everyItemIsConsumedExactlyOnceAndEveryThreadStops(String stop) throws Exception {
        JsonNode r = cli.json(
                "--stop",
                stop,
                "--producers",
                "3",
                "--consumers",
                "4",
                "--items",
                "200",
                "--capacity",
                "3",
                "--time-scale",
                "0.001",
                "--json");
        assertEquals(600, r.get("produced").asInt());
        assertEquals(600, r.get("consumed").asInt());
        assertEquals(0, r.get("duplicates").asInt());
        assertEquals(0, r.get("missing").asInt());
        assertTrue(r.get("exactlyOnce").asBoolean());
        assertTrue(r.get("maxQueued").asInt() <= 3, "the queue is bounded: " + r.get("maxQueued"));
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.isAlive()
                                && (t.getName().startsWith("Producer-")
                                        || t.getName().startsWith("Consumer-"))),
                "no producer or consumer outlives the run");
    }

    @Test
    void joinWaitsUntilEveryItemIsHandledNotJustTaken() throws Exception {
        JoinableQueue<String> q = new JoinableQueue<>(5);
        q.put("a");
        q.put("b");
        Thread joiner = Thread.ofPlatform().start(() -> {
            try {
                q.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        q.take();
        q.take();
        q.taskDone();
        joiner.join(200);
        assertTrue(joiner.isAlive(), "both taken, one handled: join() still waits");
        q.taskDone();
        joiner.join(5_000);
        assertFalse(joiner.isAlive(), "both handled: join() returns");
        assertThrows(IllegalStateException.class, q::taskDone, "task_done() once too often");
    }

    @Test
    void byDefaultProducersOutpaceConsumersSoTheFullQueueHoldsThemBack() throws Exception {
        int full = 0;
        for (int seed = 1; seed <= 20; seed++) {
            JsonNode r = cli.json("--seed", Integer.toString(seed), "--time-scale", "0.1", "--json");
            assertEquals(5, r.get("maxQueued").asInt(), r.toString());
            full += r.get("putsThatWaited").asInt() > 0 ? 1 : 0;
        }
        assertTrue(full >= 19, "a producer waited on a full queue in " + full + " of 20 runs");
    }

    @Test
    void onePillPerProducerStrandsAConsumerWhichIsDetectedNotWaitedOut() throws Exception {
        JsonNode r = cli.json(
                "--pills", "per-producer", "--producers", "2", "--consumers", "3", "--time-scale", "0.05", "--json");
        assertEquals(2, r.get("pillsPut").asInt());
        assertEquals(1, r.get("strandedConsumers").size(), r.toString());
        assertTrue(r.get("exactlyOnce").asBoolean(), "every item was still handled: " + r);

        assertEquals(0, cli.run("--pills", "per-producer", "--consumers", "3", "--time-scale", "0.05", "--no-color"));
        assertTrue(cli.out().contains("will never come: forever"), cli.out());

        JsonNode fixed = cli.json(
                "--pills", "per-consumer", "--producers", "2", "--consumers", "3", "--time-scale", "0.05", "--json");
        assertEquals(3, fixed.get("pillsPut").asInt());
        assertEquals(0, fixed.get("strandedConsumers").size(), fixed.toString());
        assertEquals(0, fixed.get("pillsLeft").asInt());
    }

    @Test
    void pillsGoWithStopPillOnly() {
        assertEquals(2, cli.run("--stop", "join", "--pills", "per-producer"));
        assertTrue(cli.err().contains("--pills"), cli.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--producers=0", "--consumers=51", "--items=0", "--capacity=0", "--stop=never"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }
}
