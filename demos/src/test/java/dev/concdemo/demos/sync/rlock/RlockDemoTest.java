package dev.concdemo.demos.sync.rlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RlockDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(RlockDemo::new);

    @RepeatedTest(5)
    void holdCountsRiseAndFallOthersWaitForZeroAndANonReentrantLockBlocksItsHolder() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.05", "--json");
        List<Integer> counts = new java.util.ArrayList<>();
        r.get("holdCounts").forEach(c -> counts.add(c.asInt()));
        assertEquals(List.of(1, 2, 3, 2, 1, 0), counts);
        assertEquals(0, r.get("otherGotItAtHoldCount").asInt(), "the other thread got it only at hold count 0");
        assertTrue(r.get("nonReentrantBlocked").asBoolean());
        assertTrue(r.get("nonReentrantWaitedMs").asLong() >= 45, "it waited the whole timeout: " + r);
    }
}
