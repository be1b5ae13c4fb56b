package dev.concdemo.demos.os.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StatesDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(StatesDemo::new);

    @Test
    void eachThreadIsSeenInTheStatesItsWorkPutsItInAndJavaCannotTellThemApart() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.5", "--json");
        assertTrue(r.get("kernelView").asBoolean(), "Linux: the kernel's view is read");
        Map<String, JsonNode> rows = new HashMap<>();
        r.get("threads").forEach(t -> rows.put(t.get("name").asText(), t));
        // More runnable threads than CPU 0 can run: the computing ones wait for it, RUNNABLE to Java.
        for (String name : new String[] {"compute-1", "compute-2"}) {
            JsonNode t = rows.get(name);
            assertTrue(t.get("kernelCounts").get("ready").asInt() > 0, t.toString());
            assertTrue(t.get("runnableButReady").asInt() > 0, t.toString());
            // Never asleep by their own doing; a GC's safepoint may park one for a sample or two.
            int samples = 0;
            for (JsonNode count : t.get("kernelCounts")) {
                samples += count.asInt();
            }
            assertTrue(t.get("runnableButBlocked").asInt() <= samples / 50, t.toString());
            assertTrue(
                    t.get("runnableButBlocked").asInt()
                            < t.get("runnableButReady").asInt(),
                    t.toString());
        }
        assertTrue(rows.get("sleeper").get("java").asText().contains("T"), "a sleep is TIMED_WAITING");
        assertTrue(rows.get("sleeper").get("kernelCounts").get("blocked").asInt() > 0);
        // Squeezed (ten columns): a late start may give the first sample or so another letter.
        String locker = StatesChart.squeeze(
                rows.get("locker").get("java").asText(),
                Math.max(1, rows.get("locker").get("java").asText().length() / 10));
        assertTrue(locker.startsWith("L"), "waiting for main's monitor: BLOCKED: " + locker);
        JsonNode reader = rows.get("reader");
        assertTrue(reader.get("java").asText().chars().allMatch(c -> c == 'U'), "a socket read is RUNNABLE to Java");
        assertTrue(reader.get("runnableButBlocked").asInt() > 0, "but asleep to the kernel: " + reader);
        assertTrue(
                r.get("transitions").get("ready->running").asInt() > 0,
                r.get("transitions").toString());
        // The sleeper sleeps four times, the locker and the reader block once each: all from running.
        assertTrue(
                r.get("transitions").path("running->blocked").asInt() > 0,
                r.get("transitions").toString());
        assertFalse(
                r.get("transitions").has("ready->blocked"), r.get("transitions").toString());
    }

    @Test
    void aLongStringOfSamplesIsSqueezedToItsMostFrequentLetterPerColumn() {
        assertEquals("Rb", StatesChart.squeeze("RRrbbb", 3));
        assertEquals("Rrb", StatesChart.squeeze("Rrb", 1));
    }

    @Test
    void aChineseRunOpensByNamingTheNotes() {
        CommandUnderTest zh = new CommandUnderTest(StatesDemo::new);
        assertEquals(0, zh.run("--time-scale", "0.2", "--no-color", "--lang", "zh"), zh.err());
        String first = zh.out().lines().findFirst().orElse("");
        assertTrue(first.startsWith("states（笔记 001 进程执行的三状态图）：CPU 0 上的五个线程"), first);
        assertFalse(first.toLowerCase().contains("seed"), first);
    }
}
