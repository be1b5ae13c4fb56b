package dev.concdemo.demos.jvm.phaser;

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
class PhaserDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(PhaserDemo::new);

    private static List<Integer> ints(JsonNode phases, String field) {
        List<Integer> values = new ArrayList<>();
        phases.forEach(p -> values.add(p.get(field).asInt()));
        return values;
    }

    private static List<String> names(JsonNode phases, String field) {
        List<String> values = new ArrayList<>();
        phases.forEach(p -> values.add(p.get(field).toString()));
        return values;
    }

    @Test
    void partiesJoinAndLeaveBetweenNumberedPhasesAndOnAdvanceEndsIt() throws Exception {
        JsonNode r = cli.json("--phases", "4", "--seed", "3", "--time-scale", "0.2", "--json");
        JsonNode phases = r.get("phases");
        assertEquals(List.of(0, 1, 2, 3), ints(phases, "phase"));
        assertEquals(List.of(3, 4, 4, 3), ints(phases, "registered"), phases.toString());
        assertEquals(List.of(3, 4, 4, 3), ints(phases, "arrived"), phases.toString());
        assertEquals(List.of("[]", "[\"worker-4\"]", "[]", "[]"), names(phases, "joined"));
        assertEquals(List.of("[]", "[]", "[\"worker-3\"]", "[]"), names(phases, "left"));
        // What the phaser itself said in onAdvance: the party that deregistered is counted in neither.
        assertEquals(List.of(3, 4, 3, 3), ints(phases, "registeredAtAdvance"), phases.toString());
        assertEquals(List.of(3, 4, 3, 3), ints(phases, "arrivedAtAdvance"), phases.toString());
        phases.forEach(p -> assertTrue(p.get("advancedAfterMs").asDouble() > 0, p.toString()));

        assertTrue(r.get("terminated").asBoolean(), r.toString());
        assertEquals(3, r.get("terminatedAtPhase").asInt());
        assertEquals("last phase", r.get("terminatedBecause").asText());
        assertTrue(r.get("phaseAfterTermination").asInt() < 0, "negative once terminated: " + r);
        assertTrue(r.get("emptyPhaserTerminated").asBoolean(), "no party left ends a phaser: " + r);
    }

    @Test
    void aPartyThatOnlyArrivesGoesOnBeforeThePhaseEnds() throws Exception {
        JsonNode r = cli.json("--phases", "3", "--seed", "7", "--time-scale", "0.2", "--json");
        assertEquals("worker-2", r.get("arriveOnlyParty").asText());
        assertEquals(1, r.get("arriveOnlyPhase").asInt());
        // Causal: when arrive() returned, the phase had not advanced and it alone had arrived (the
        // others wait for what it hands over after its arrive()).
        assertEquals(1, r.get("arriveOnlyPhaseAfter").asInt(), r.toString());
        assertEquals(1, r.get("arriveOnlyArrivedAfter").asInt(), r.toString());
        assertTrue(r.get("arriveOnlyAdvancedAfterMs").asDouble() > 0, "the phase ended after it went on: " + r);
        assertTrue(
                r.get("arriveOnlyWaitedMs").asDouble()
                        < r.get("arriveOnlyAdvancedAfterMs").asDouble(),
                "arrive() returned before the last party arrived: " + r);
        assertEquals(List.of(3, 4, 4), ints(r.get("phases"), "registered"));
        assertEquals(2, r.get("terminatedAtPhase").asInt(), "after the last of 3 phases: " + r);
    }

    @Test
    void theSummarySaysWhatHappened() {
        assertEquals(0, cli.run("--seed", "5", "--time-scale", "0.1"), cli.err());
        String out = cli.out().replaceAll("\\s+", " "); // the summary is filled to the width
        assertTrue(out.contains("Registered parties, phase by phase: 3 → 4 → 4 → 3."), out);
        assertTrue(out.contains("worker-4 joined at phase 1"), out);
        assertTrue(out.contains("worker-3 left after phase 2"), out);
        assertTrue(out.contains("registered parties in 4 of 4 phases"), out);
        assertTrue(out.contains("The phase was still open"), out);
        assertTrue(out.contains("onAdvance returned true after phase 3 (the last phase)"), out);
        assertTrue(out.contains("Python has no Phaser"), out);
    }

    @Test
    void badInputIsAUsageErrorExit2() {
        for (String[] args : new String[][] {{"--phases", "2"}, {"--phases", "21"}, {"--phases", "x"}}) {
            assertEquals(2, cli.run(args), String.join(" ", args));
            assertTrue(cli.err().lines().findFirst().orElse("").contains("--phases"), cli.err());
            assertTrue(cli.out().isEmpty(), cli.out());
        }
    }
}
