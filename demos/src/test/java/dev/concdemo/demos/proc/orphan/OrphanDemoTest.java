package dev.concdemo.demos.proc.orphan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.os.Subreaper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class OrphanDemoTest {
    @Test
    void theOrphansParentChangesToInitWithoutASubreaperAndToUsWithOneAndItIsCleanedUp() throws Exception {
        JsonNode r = new CommandUnderTest(OrphanDemo::new).json("--json");
        long us = ProcessHandle.current().pid();
        JsonNode without = r.get("cases").get(0);
        JsonNode with = r.get("cases").get(1);
        for (JsonNode c : r.get("cases")) {
            assertEquals(c.get("parentPid").asLong(), c.get("parentBefore").asLong(), "first, its parent: " + c);
            assertNotEquals(c.get("parentBefore").asLong(), c.get("parentAfter").asLong(), "then another: " + c);
            assertEquals(c.get("parentAfter").asLong(), c.get("orphanSaw").asLong(), "as the orphan itself saw: " + c);
            assertTrue(c.get("gone").asBoolean(), "killed and reaped: " + c);
            assertFalse(Files.exists(Path.of("/proc/" + c.get("orphanPid").asLong())));
        }
        assertNotEquals(us, without.get("parentAfter").asLong(), "no subreaper: init (or one above us) adopts it");
        assertEquals(us, with.get("parentAfter").asLong(), "our subreaper adopts it");
        assertEquals(us, with.get("reapedBy").asLong());
        assertTrue(Subreaper.become(), "the run leaves us a subreaper, as it found us");
    }
}
