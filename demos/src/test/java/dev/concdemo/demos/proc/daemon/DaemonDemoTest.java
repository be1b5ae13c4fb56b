package dev.concdemo.demos.proc.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Python3;
import dev.concdemo.support.term.Texts;
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

    @Test
    void withPythonTheDaemonOfAParentKilledMinus9SurvivesItAndConcdemoKillsIt() throws Exception {
        Python3.required();
        JsonNode r = new CommandUnderTest(DaemonDemo::new).json("--python", "--time-scale", "0.1", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        for (String field : List.of("mainPid", "daemonPid", "workerPid", "killedMainPid", "orphanedDaemonPid")) {
            assertTrue(py.get(field).asLong() > 0, field + ", the Java name: " + py);
        }
        // the parent ended: multiprocessing's exit terminated the daemon and waited for the other
        assertFalse(py.get("daemonSaidOver").asBoolean(), py.toString());
        assertTrue(py.get("workerSaidOver").asBoolean(), py.toString());
        assertFalse(py.get("daemonAliveAfterMain").asBoolean(), py.toString());
        // the parent killed -9 runs no exit code: its daemon was alive after it, with another parent
        long survivor = py.get("orphanedDaemonPid").asLong();
        assertTrue(py.get("daemonAliveAfterKill").asBoolean(), py.toString());
        assertTrue(
                py.get("daemonNewParentPid").asLong() != py.get("killedMainPid").asLong(), py.toString());
        assertTrue(py.get("aliveSeenByConcdemo").asBoolean(), "still alive when concdemo looked: " + py);
        assertTrue(py.get("killedByConcdemo").asBoolean(), py.toString());
        // and it is gone now: nothing left running
        assertFalse(ProcessHandle.of(survivor).map(ProcessHandle::isAlive).orElse(false), "pid " + survivor);
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "nothing left");
        // the sentence printed says what was measured
        var mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        String sentence = CPythonSummary.sentence(
                Texts.of(CPythonSummary.class),
                mapper.treeToValue(r, DaemonReport.class),
                mapper.treeToValue(py, CPythonReport.class));
        assertTrue(sentence.contains("CPython's daemon never said 'is over'"), sentence);
        assertTrue(sentence.contains("daemon (pid " + survivor + ") outlived it, adopted by pid "), sentence);
    }
}
