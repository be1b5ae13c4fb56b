package dev.concdemo.demos.proc.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SpawnDemoTest {
    private static final int RUNS = 5;

    private final CommandUnderTest cli = new CommandUnderTest(SpawnDemo::new);

    @Test
    void childrenAreOtherProcessesOfOursStartReturnsAtOnceAndTerminateTakesAMoment() throws Exception {
        long us = ProcessHandle.current().pid();
        int aliveAtOnce = 0;
        for (int run = 0; run < RUNS; run++) {
            JsonNode r = cli.json("--json");
            assertEquals(us, r.get("mainPid").asLong());
            List<Long> children = new ArrayList<>();
            r.get("childPids").forEach(p -> children.add(p.asLong()));
            assertEquals(4, children.size());
            children.forEach(pid -> assertNotEquals(us, pid, "a child is another process"));

            List<String> lines = new ArrayList<>();
            r.get("lines").forEach(l -> lines.add(l.asText()));
            long first = children.getFirst();
            assertEquals(
                    List.of("pid " + first + ": 1", "pid " + first + ": egon", "pid " + first + ": 2"),
                    lines.stream()
                            .filter(l -> l.startsWith("pid " + first + ":"))
                            .toList(),
                    "the seed's task(n) by name prints 1, n, 2");
            // Which of 主 and the child's first line comes first is a race (nothing orders them;
            // a booting JVM is only usually slower): the run reports which did, and says so.
            assertTrue(r.get("mainFirst").isBoolean(), "the run tells which came first: " + r);
            assertTrue(
                    lines.stream().anyMatch(l -> l.startsWith("pid " + us + ": 主 (start() returned after ")),
                    "main says 主 as soon as start() returns: " + lines);
            assertTrue(
                    lines.indexOf("pid " + us + ": 主 (after join: main waited for pid " + children.get(1) + " to end)")
                            > lines.indexOf("pid " + children.get(1) + ": 321"),
                    "join: main's 主 after MyProcess's 321: " + lines);
            assertEquals(r.get("pidsChild").asLong(), children.get(2));
            assertEquals(us, r.get("pidsChildParent").asLong(), "the child saw us as its parent");
            assertEquals(143, r.get("terminatedExitStatus").asInt(), "SIGTERM: 128 + 15");
            if (r.get("aliveRightAfterTerminate").asBoolean()) {
                aliveAtOnce++;
            }
            assertTrue(r.get("childStartMillis").asDouble()
                    > r.get("threadStartMicros").asDouble() / 1000);
        }
        assertTrue(aliveAtOnce >= RUNS - 1, "is_alive() right after terminate() in " + aliveAtOnce + " of " + RUNS);
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "nothing left");
    }
}
