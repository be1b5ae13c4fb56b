package dev.concdemo.demos.proc.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.TempEntries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IpcDemoTest {
    private final TempEntries temp = TempEntries.now("concdemo-ipc");

    @Test
    void itemsCrossProcessesBothWaysBlockingWaitsAcrossThemAndEveryBunIsEatenExactlyOnce() throws Exception {
        JsonNode r = new CommandUnderTest(IpcDemo::new)
                .json("--producers", "3", "--consumers", "2", "--items", "4", "--time-scale", "0.2", "--json");
        long us = ProcessHandle.current().pid();
        assertEquals(us, r.get("ownerPid").asLong());
        List<JsonNode> messages = new ArrayList<>();
        r.get("messages").forEach(messages::add);
        assertTrue(
                messages.stream()
                        .anyMatch(m -> m.get("fromPid").asLong() == us
                                && m.get("toPid").asLong() != us),
                "main → child");
        assertTrue(
                messages.stream()
                        .anyMatch(m -> m.get("fromPid").asLong() != us
                                && m.get("toPid").asLong() == us),
                "child → main");
        assertTrue(
                messages.stream()
                        .anyMatch(m -> m.get("item").asText().equals("aaa")
                                && m.get("fromPid").asLong() != us
                                && m.get("toPid").asLong() != us
                                && m.get("fromPid").asLong() != m.get("toPid").asLong()),
                "child → child");
        assertTrue(r.get("sixthPutWaitedMs").asDouble() >= 100, "the sixth put waited for a child's get");
        assertTrue(r.get("getNowaitRaised").asBoolean());
        assertTrue(
                r.get("getTimeoutRaisedAfterMs").asDouble() >= 3000 * 0.2 * 0.95, "get(timeout) waited, then raised");
        assertTrue(r.get("blockingGetWaitedMs").asDouble() > 0);
        assertTrue(r.get("emptySaid").asBoolean());
        assertEquals("late", r.get("thenGot").asText(), "empty()'s answer was stale by the time it was used");
        for (JsonNode round : r.get("rounds")) {
            assertEquals(12, round.get("made").asInt(), round.toString());
            assertEquals(12, round.get("eaten").asInt(), round.toString());
            assertTrue(round.get("exactlyOnce").asBoolean(), round.toString());
            assertEquals(3, round.get("producers").size());
            round.get("producers").forEach(p -> assertNotEquals(us, p.asLong()));
        }
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "nothing left");
        assertEquals(List.of(), temp.added(), "no socket left");
    }

    @Test
    void aChineseRunSaysHowEachRoundEndedInChinese() {
        CommandUnderTest zh = new CommandUnderTest(IpcDemo::new);
        assertEquals(
                0,
                zh.run(
                        "--producers",
                        "1",
                        "--consumers",
                        "1",
                        "--items",
                        "1",
                        "--time-scale",
                        "0.1",
                        "--no-color",
                        "--lang",
                        "zh"),
                zh.err());
        String summary = zh.out().lines().filter(l -> l.contains("来停止：")).reduce("", String::concat);
        // each round's verdict, whichever way it ended, in Chinese
        assertTrue(summary.contains("全部恰好被吃了一次") || summary.contains("件没人吃"), summary);
        assertFalse(summary.contains("eaten"), summary);
        assertTrue(summary.contains("JoinableQueue.join"), summary);
    }
}
