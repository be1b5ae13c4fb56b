package dev.concdemo.demos.sync.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QueueDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(QueueDemo::new);

    @Test
    void everyBehaviourOfTheSeedsListHappensAsItSays() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.1", "--json");
        JsonNode steps = r.get("steps");
        assertEquals(8, steps.size());
        assertTrue(steps.get(0).get("result").asText().startsWith("full() = true"));
        assertTrue(
                steps.get(1).get("result").asText().startsWith("blocked (WAITING)"),
                "a 6th put blocks: " + steps.get(1));
        assertTrue(
                steps.get(3).get("result").asText().startsWith("blocked (WAITING)"),
                "get on empty blocks: " + steps.get(3));
        assertTrue(steps.get(4).get("result").asText().startsWith("raised at once"), "get_nowait raises");
        assertTrue(steps.get(5).get("result").asText().startsWith("raised queue.Empty"));
        assertTrue(steps.get(5).get("millis").asLong() >= 290, "get(timeout=3) waits its 3 s (x 0.1): " + steps.get(5));
        // Both threads check before either takes (a barrier between): every trial loses one.
        assertEquals(
                r.get("raceTrials").asInt(),
                r.get("checkThenActFailures").asInt(),
                "empty() is stale by the time one acts on it: " + r.get("checkThenActFailures"));
        assertEquals("[3,1,2]", r.get("fifo").toString());
        assertEquals("[2,1,3]", r.get("lifo").toString());
        assertEquals("[1,2,3]", r.get("priority").toString());
    }

    @Test
    void theSummaryDoesNotCallAThreadQueueAPipe() {
        assertEquals(0, cli.run("--time-scale", "0.05", "--no-color"), cli.err());
        String en = cli.out().replace("\n", " ");
        assertTrue(en.contains("That is the process queue, multiprocessing.Queue: a pipe between processes"), en);
        assertTrue(en.contains("A thread queue is not: Python's queue.Queue is a deque guarded by one lock"), en);
        assertTrue(en.contains("ArrayBlockingQueue, is an array guarded by one ReentrantLock"), en);
        assertFalse(en.contains("A queue is a pipe plus a lock"), en);

        assertEquals(0, cli.run("--time-scale", "0.05", "--no-color", "--lang", "zh"), cli.err());
        String zh = cli.out().replace("\n", "");
        assertTrue(zh.contains("这说的是进程队列multiprocessing.Queue"), zh);
        assertTrue(zh.contains("ArrayBlockingQueue 是一个数组，由一把 ReentrantLock"), zh);
        assertFalse(zh.contains("种子"), zh);
        assertFalse(zh.contains("队列就是管道加锁"), zh);
    }
}
