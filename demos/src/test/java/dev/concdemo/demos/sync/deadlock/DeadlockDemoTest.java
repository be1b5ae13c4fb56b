package dev.concdemo.demos.sync.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command: its summary, its JSON, its usage errors. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeadlockDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(DeadlockDemo::new);

    @Test
    void theSummaryNamesTheCycleAndWhatBrokeIt() {
        assertEquals(0, cli.run("--time-scale", "0.02", "--no-color"));
        String text = cli.out();
        assertTrue(text.contains("Summary (fix: none)"), text);
        assertTrue(
                text.matches("(?s).*deadlock +formed at \\+\\d+\\.\\d{3} s between Thread-\\d+ and Thread-\\d+.*"),
                text);
        assertTrue(text.matches("(?s).*detected +\\d+ ms later.*"), text);
        assertTrue(text.matches("(?s).*broken by +interrupting the victim Thread-\\d+.*"), text);
        assertTrue(text.contains("Try --fix rlock, --fix order or --fix trylock"));
    }

    @Test
    void jsonIsOneDocumentWithTheCycle() throws Exception {
        JsonNode json = cli.json("--time-scale", "0.02", "--json");
        assertEquals("deadlock", json.get("scenario").asText());
        assertEquals("none", json.get("fix").asText());
        assertTrue(json.get("deadlocked").asBoolean());
        assertTrue(json.get("detectedAfterMs").asLong() < 1000);
        assertTrue(json.get("elapsedMs").asLong() >= json.get("formedAfterMs").asLong());
        List<WaitForCycle.Edge> cycle = new ArrayList<>();
        for (JsonNode edge : json.get("cycle")) {
            List<String> holds = new ArrayList<>();
            edge.get("holds").forEach(h -> holds.add(h.asText()));
            cycle.add(new WaitForCycle.Edge(
                    edge.get("thread").asText(),
                    holds,
                    edge.get("waitsFor").asText(),
                    edge.get("heldBy").asText()));
        }
        DeadlockRunTest.assertCycleIsClosed(cycle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rlock", "order", "trylock", "ORDER"})
    void eachFixSaysNoDeadlockOccurredAndHowLongItTook(String fix) throws Exception {
        JsonNode json = cli.json("--fix", fix, "--time-scale", "0.01", "--json");
        assertEquals(fix.toLowerCase(), json.get("fix").asText());
        assertTrue(!json.get("deadlocked").asBoolean());
        assertEquals(10, json.get("finished").asInt());
        assertTrue(json.get("elapsedMs").asLong() >= json.get("lowerBoundMs").asLong());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--threads=1",
                "--threads=201",
                "--threads=x",
                "--time-scale=0",
                "--time-scale=-1",
                "--time-scale=abc",
                "--time-scale=NaN",
                "--time-scale=1000",
                "--fix=sometimes",
                "--seed=x",
                "--bogus"
            })
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty(), "nothing ran");
    }

    @Test
    void theFixErrorListsTheFixes() {
        cli.run("--fix", "sometimes");
        assertTrue(cli.err().contains("none, rlock, order, trylock"), cli.err());
    }

    @Test
    void theChineseSummaryHeadingSaysThereWasNoFixOrNamesTheFixInChinese() {
        CommandUnderTest none = new CommandUnderTest(DeadlockDemo::new);
        assertEquals(0, none.run("--threads", "2", "--time-scale", "0.05", "--no-color", "--lang", "zh"), none.err());
        assertTrue(none.out().contains("小结（未修复，--fix none）"), none.out());
        CommandUnderTest order = new CommandUnderTest(DeadlockDemo::new);
        assertEquals(
                0,
                order.run("--threads", "2", "--fix", "order", "--time-scale", "0.05", "--no-color", "--lang", "zh"),
                order.err());
        assertTrue(order.out().contains("小结（修复方式：统一的加锁顺序）"), order.out());
        assertFalse(order.out().contains("修复方式：order）"), order.out());
    }
}
