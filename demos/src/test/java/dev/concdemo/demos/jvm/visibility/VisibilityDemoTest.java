package dev.concdemo.demos.jvm.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Descendants;
import dev.concdemo.support.term.Width;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class VisibilityDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(VisibilityDemo::new);

    @Test
    void thePlainFlagIsNeverSeenOnceCompiledAndItsJvmIsEnded() throws Exception {
        long before = Descendants.alive();
        JsonNode r = cli.json("--variant", "plain", "--wait", "0.5", "--json");
        JsonNode v = r.get("variants").get(0);
        assertEquals("plain", v.get("variant").asText(), r.toString());
        assertFalse(v.get("stopped").asBoolean(), "the hoisted read never sees the store: " + r);
        assertTrue(v.get("stoppedAfterMicros").isNull(), r.toString());
        assertTrue(v.get("killed").asBoolean(), r.toString());
        assertTrue(v.get("spunForMs").asLong() >= 500, "spun at least the wait: " + r);
        assertTrue(v.get("warmUpMs").asLong() >= VisibilityRun.WARM_UP_MS, r.toString());
        assertEquals(before, Descendants.alive(), "the spinning JVM is gone");
    }

    @Test
    void everyOtherVariantStops() throws Exception {
        for (String variant : List.of("volatile", "interpreted", "atomic", "opaque")) {
            JsonNode r = cli.json("--variant", variant, "--wait", "5", "--json");
            JsonNode v = r.get("variants").get(0);
            assertEquals(variant, v.get("variant").asText(), r.toString());
            assertTrue(v.get("stopped").asBoolean(), r.toString());
            assertFalse(v.get("killed").asBoolean(), r.toString());
            assertTrue(v.get("stoppedAfterMicros").isIntegralNumber(), r.toString());
            assertTrue(v.get("stoppedAfterMicros").asLong() >= 0, r.toString());
            // The spinner ran while main slept 100 ms before its store.
            assertTrue(v.get("spunForMs").asLong() >= 90, r.toString());
        }
    }

    @Test
    void theSummarySaysWhatHappenedWithin100Columns() {
        assertEquals(0, cli.run("--variant", "all", "--wait", "0.5"), cli.err());
        String raw = cli.out();
        raw.lines().forEach(line -> assertTrue(Width.of(line) <= 100, line));
        String out = raw.replaceAll("\\s+", " ");
        assertTrue(out.contains("plain: still spinning 0.5 s after main's store"), out);
        assertTrue(out.contains("we killed its JVM"), out);
        for (String variant : List.of("volatile", "interpreted", "atomic", "opaque")) {
            assertTrue(out.contains(variant + ": stopped "), out);
        }
        assertTrue(out.contains("no happens-before edge"), out);
        assertTrue(out.contains("concdemo interleave"), out);
        assertTrue(out.contains("CPython"), out);
    }

    @Test
    void badInputIsAUsageErrorExit2() {
        String[][] bad = {{"--variant", "nope"}, {"--wait", "0"}, {"--wait", "61"}, {"--wait", "x"}};
        for (String[] args : bad) {
            assertEquals(2, cli.run(args), String.join(" ", args));
            assertTrue(cli.err().lines().findFirst().orElse("").contains(args[0]), cli.err());
            assertTrue(cli.out().isEmpty(), cli.out());
        }
    }
}
