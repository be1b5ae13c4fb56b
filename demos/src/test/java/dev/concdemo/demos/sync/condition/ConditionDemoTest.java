package dev.concdemo.demos.sync.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConditionDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(ConditionDemo::new);

    @Test
    void everyItemPassesOnceInOrderAndTheBufferNeverOverflows() throws Exception {
        JsonNode r = cli.json("--capacity", "3", "--items", "40", "--time-scale", "0.05", "--json");
        assertEquals(40, r.get("received").asInt());
        assertTrue(r.get("inOrder").asBoolean());
        assertTrue(r.get("maxSize").asInt() <= 3, r.toString());
        assertTrue(r.get("waits").asInt() > 0, "someone found its predicate false and waited: " + r);
    }
}
