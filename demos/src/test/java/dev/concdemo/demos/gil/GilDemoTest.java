package dev.concdemo.demos.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GilDemoTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new GilDemo()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void theReportHasBothPartsAndSaysTheJvmHasNoGil() throws Exception {
        assertEquals(0, run("--threads", "1,2", "--n", "30", "--time-scale", "0.3", "--json"), err.toString());
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertEquals(2, r.get("cpu").size());
        assertEquals(1.0, r.get("cpu").get(0).get("gilSpeedup").asDouble());
        assertEquals(3, r.get("io").size());
        assertEquals(5.0, r.get("switchIntervalMs").asDouble());

        out.getBuffer().setLength(0);
        assertEquals(0, run("--threads", "1", "--n", "25", "--time-scale", "0.1", "--no-color"));
        assertTrue(out.toString().contains("The JVM has no GIL."), out.toString());
        assertTrue(out.toString().contains("beside a CPU hog, simulated GIL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=0", "--threads=999", "--n=5", "--n=50", "--switch-interval=0", "--switch-interval=1000", "--threads=a"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, run(option));
        assertTrue(out.toString().isEmpty());
    }
}
