package dev.concdemo.demos.proc.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonDemoTest {
    @Test
    void theDaemonNeverSaysItIsOverTheOtherIsWaitedForAndAKilledMainTakesItsDaemonWithIt() throws Exception {
        JsonNode r = new CommandUnderTest(DaemonDemo::new).json("--time-scale", "0.3", "--json");
        List<String> lines = new ArrayList<>();
        r.get("lines").forEach(l -> lines.add(l.asText()));
        long daemon = r.get("daemonPid").asLong();
        long worker = r.get("workerPid").asLong();
        assertTrue(lines.contains("pid " + daemon + ": egon is running"), lines.toString());
        assertFalse(r.get("daemonSaidOver").asBoolean(), "the daemon's 'is over' never prints: " + lines);
        assertFalse(lines.contains("pid " + daemon + ": egon is over"));
        assertTrue(r.get("workerSaidOver").asBoolean(), "the non-daemon is waited for: " + lines);
        assertTrue(
                r.get("mainEndedAfterWorkerMillis").asDouble() > 0,
                "main ended after the non-daemon said it is over: it waited for it");
        assertEquals(
                "IllegalStateException: process has already started",
                r.get("daemonAfterStart").asText());
        double gone = r.get("daemonGoneAfterKillMillis").asDouble();
        assertTrue(gone >= 0 && gone < 5_000, "the daemon of a main killed -9 goes too, in " + gone + " ms");
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "nothing left");
    }
}
