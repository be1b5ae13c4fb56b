package dev.concdemo.demos.sync.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadsDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(ThreadsDemo::new);

    private static List<String> step(JsonNode r, int index) {
        List<String> lines = new ArrayList<>();
        var it = r.get("lines").elements();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        it.next().forEach(l -> lines.add(l.asText()));
        return lines;
    }

    @Test
    void joinWaitsMemoryIsSharedAndTheDaemonNeverSaysItIsOver() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.05", "--json");
        assertTrue(step(r, 0).containsAll(List.of("egon is running", "egon is over", "主")), "a target: " + step(r, 0));
        assertTrue(
                step(r, 1).containsAll(List.of("egon is running", "egon is over", "主")), "a subclass: " + step(r, 1));
        assertEquals(
                List.of("egon is running", "egon is over", "主"),
                step(r, 2),
                "join: main prints after the thread is over");
        assertEquals(666, r.get("moneySeenByMain").asInt(), "one memory for all threads");
        for (String step : List.of("1", "2", "4", "5")) {
            String who = r.get("printedFirst").get(step).asText();
            int stepIndex = Integer.parseInt(step) - 1;
            String firstLine = step(r, stepIndex).getFirst();
            boolean mainLine = firstLine.equals("主") || firstLine.contains("(read before join");
            assertEquals(mainLine ? "main" : "thread", who, "step " + step + ": " + step(r, stepIndex));
        }
        int before = r.get("moneySeenBeforeJoin").asInt();
        assertTrue(before == 100 || before == 666, "100 or 666: " + before);
        assertTrue(r.get("activeCountInThread").asInt() >= 2);
        assertTrue(r.get("daemonAliveAtEnd").asBoolean());
        assertEquals(List.of("egon is running", "主"), step(r, 5), "the daemon's 'is over' is never printed");
    }
}
