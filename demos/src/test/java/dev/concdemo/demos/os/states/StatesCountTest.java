package dev.concdemo.demos.os.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Transitions follow the scheduler's rules; the legend names only the letters drawn. */
class StatesCountTest {
    private static StatesRun.Track track(String name, String java, String kernel) {
        return new StatesRun.Track(name, 1, new StringBuilder(java), new StringBuilder(kernel));
    }

    @Test
    void aSleeperSeenReadyThenBlockedRanInBetween() {
        Map<String, Integer> t = new TreeMap<>();
        // Sleeps, wakes (ready), computes among others (ready more than running), sleeps again: twice.
        int inferred = StatesTally.countTransitions("bbrrrbbbrrbb", t);
        assertEquals(2, t.get("running->blocked"), t.toString());
        assertEquals(2, t.get("blocked->ready"), t.toString());
        assertEquals(2, t.get("ready->running"), t.toString());
        assertFalse(t.containsKey("ready->blocked"), "a ready thread cannot block: " + t);
        assertEquals(4, inferred);

        Map<String, Integer> seen = new TreeMap<>();
        assertEquals(0, StatesTally.countTransitions("bbrRRbb", seen));
        assertEquals(Map.of("blocked->ready", 1, "ready->running", 1, "running->blocked", 1), seen);

        Map<String, Integer> woken = new TreeMap<>();
        assertEquals(2, StatesTally.countTransitions("bbRR", woken));
        assertEquals(Map.of("blocked->ready", 1, "ready->running", 1), woken);
    }

    @Test
    void theLegendListsOnlyTheLettersDrawn() {
        // R in one sample of ten per column: never the most frequent letter, so never drawn.
        String kernel = "rrrrRrrrrr".repeat(4) + "bbbbbbbbbb";
        String java = "U".repeat(40) + "T".repeat(10);
        StatesReport r = StatesTally.report(List.of(track("sleeper", java, kernel)), 1.0, 50);
        String legend = String.join("\n", StatesChart.legend(r, 10));
        assertFalse(legend.contains("R running"), legend);
        assertTrue(legend.contains("r ready") && legend.contains("b blocked"), legend);
        assertTrue(legend.contains("running in 4 samples"), legend);
        assertTrue(legend.contains("U RUNNABLE") && legend.contains("T TIMED_WAITING"), legend);
        assertFalse(legend.contains("L BLOCKED") || legend.contains("W WAITING"), legend);

        StatesReport drawn = StatesTally.report(List.of(track("compute", "UUUU", "RRrr")), 1.0, 4);
        String shown = String.join("\n", StatesChart.legend(drawn, 1));
        assertTrue(shown.contains("R running") && shown.contains("r ready"), shown);
        assertFalse(shown.contains("b blocked") || shown.contains("not drawn"), shown);
    }
}
