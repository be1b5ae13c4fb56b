package dev.concdemo.demos.proc.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IsolationDemoTest {
    @Test
    void theChildsSixSixSixIsInvisibleToTheParentAndTheThreadsIsVisible() throws Exception {
        JsonNode r = new CommandUnderTest(IsolationDemo::new).json("--json");
        long us = ProcessHandle.current().pid();
        assertEquals(us, r.get("parentPid").asLong());
        assertNotEquals(us, r.get("childPid").asLong());
        assertEquals(us, r.get("childParent").asLong(), "the child says its parent is us");
        assertEquals(100, r.get("childSawFirst").asInt());
        assertEquals(666, r.get("childSet").asInt(), "the child did set 666");
        assertEquals(100, r.get("parentAfterChild").asInt(), "in its own memory");
        assertEquals(666, r.get("parentAfterThread").asInt(), "a thread shares main's");
    }
}
