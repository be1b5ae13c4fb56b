package dev.concdemo.demos.sync.prodcons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The summary speaks of pills only when the run put pills, and tells how each mode ended. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProdConsSummaryTest {
    private static ProdConsReport report(String stop, int waitsEndedByPill, int released, int pillsPut) {
        return new ProdConsReport(
                stop,
                2,
                2,
                5,
                20,
                20,
                0,
                0,
                Map.of("Consumer-1", 10, "Consumer-2", 10),
                5,
                3,
                40L,
                4,
                90L,
                waitsEndedByPill,
                released,
                stop.equals("pill") ? "per-consumer" : null,
                pillsPut,
                0,
                List.of(),
                500L,
                true);
    }

    private static String summary(ProdConsReport r) {
        return String.join(" ", ProdConsSummary.paragraphs(r)).replace("\n", " ");
    }

    @Test
    void joinModeNeverSpeaksOfPillsAndSaysHowTheConsumersWereReleased() {
        String s = summary(report("join", 0, 2, 0));
        assertFalse(s.toLowerCase().contains("pill"), s);
        assertTrue(s.contains("It was empty 4 times and the consumers waited"), s);
        assertTrue(s.contains("the main thread then released the 2 consumers still waiting in get()"), s);
        assertTrue(summary(report("join", 0, 1, 0)).contains("released the 1 consumer still waiting"));
    }

    @Test
    void pillModeCountsThePillsAndTheWaitsTheyEnded() {
        String s = summary(report("pill", 2, 0, 2));
        assertTrue(s.contains("2 of those waits ended with a pill."), s);
        assertTrue(s.contains("One pill per consumer (2 pills) stopped each exactly once"), s);
        assertFalse(s.contains("released"), s);
        assertFalse(summary(report("pill", 0, 0, 2)).contains("ended with a pill"));
    }

    @Test
    void aJoinRunPutsNoPillAndReleasesEveryConsumer() throws Exception {
        JsonNode r = new CommandUnderTest(ProdConsDemo::new)
                .json("--stop", "join", "--consumers", "3", "--items", "5", "--time-scale", "0.01", "--json");
        assertEquals(0, r.get("pillsPut").asInt());
        assertEquals(0, r.get("waitsEndedByPill").asInt());
        assertEquals(3, r.get("consumersReleased").asInt(), "no pill: each consumer is released after join()");
    }
}
