package dev.concdemo.demos.proc.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SpawnDemoTest {
    private static final int RUNS = 5;

    private final CommandUnderTest cli = new CommandUnderTest(SpawnDemo::new);

    @Test
    void childrenAreOtherProcessesOfOursStartReturnsAtOnceAndTerminateTakesAMoment() throws Exception {
        long us = ProcessHandle.current().pid();
        int aliveAtOnce = 0;
        for (int run = 0; run < RUNS; run++) {
            JsonNode r = cli.json("--json");
            assertEquals(us, r.get("mainPid").asLong());
            List<Long> children = new ArrayList<>();
            r.get("childPids").forEach(p -> children.add(p.asLong()));
            assertEquals(4, children.size());
            children.forEach(pid -> assertNotEquals(us, pid, "a child is another process"));

            List<String> lines = new ArrayList<>();
            r.get("lines").forEach(l -> lines.add(l.asText()));
            long first = children.getFirst();
            assertEquals(
                    List.of("pid " + first + ": 1", "pid " + first + ": egon", "pid " + first + ": 2"),
                    lines.stream()
                            .filter(l -> l.startsWith("pid " + first + ":"))
                            .toList(),
                    "the seed's task(n) by name prints 1, n, 2");
            // Which of 主 and the child's first line comes first is a race (nothing orders them;
            // a booting JVM is only usually slower): the run reports which did, and says so.
            assertTrue(r.get("mainFirst").isBoolean(), "the run tells which came first: " + r);
            assertTrue(
                    lines.stream().anyMatch(l -> l.startsWith("pid " + us + ": 主 (start() returned after ")),
                    "main says 主 as soon as start() returns: " + lines);
            assertTrue(
                    lines.indexOf("pid " + us + ": 主 (after join: main waited for pid " + children.get(1) + " to end)")
                            > lines.indexOf("pid " + children.get(1) + ": 321"),
                    "join: main's 主 after MyProcess's 321: " + lines);
            assertEquals(r.get("pidsChild").asLong(), children.get(2));
            assertEquals(us, r.get("pidsChildParent").asLong(), "the child saw us as its parent");
            assertEquals(143, r.get("terminatedExitStatus").asInt(), "SIGTERM: 128 + 15");
            if (r.get("aliveRightAfterTerminate").asBoolean()) {
                aliveAtOnce++;
            }
            assertTrue(r.get("childStartMillis").asDouble()
                    > r.get("threadStartMicros").asDouble() / 1000);
        }
        assertTrue(aliveAtOnce >= RUNS - 1, "is_alive() right after terminate() in " + aliveAtOnce + " of " + RUNS);
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "nothing left");
    }

    @Test
    void withPythonMultiprocessingStartsTerminatesAndSaysMinus15() throws Exception {
        Python3.required();
        JsonNode r = cli.json("--python", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        assertTrue(py.get("mainFirst").isBoolean(), "the Java name, a measured order: " + py);
        assertEquals(py.get("pidSeenByParent").asLong(), py.get("pidsChild").asLong(), "p.pid is the child's pid");
        assertEquals(py.get("mainPid").asLong(), py.get("pidsChildParent").asLong(), "its parent: the interpreter");
        assertEquals(0, py.get("joinedExitcode").asInt(), "joined after it returned");
        // by construction: terminate() sends SIGTERM, which the child does not catch
        assertEquals(-15, py.get("exitcode").asInt(), py.toString());
        assertTrue(py.get("goneAfterMillis").asDouble() >= 0, py.toString());
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "nothing left");
        // the sentence printed says what was measured
        var mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        String sentence = CPythonSummary.sentence(
                Texts.of(CPythonSummary.class),
                mapper.treeToValue(r, SpawnReport.class),
                mapper.treeToValue(py, CPythonReport.class));
        assertTrue(sentence.contains("p.exitcode is -15 (killed by signal 15)"), sentence);
        assertTrue(sentence.contains("status 143 = 128 + 15"), sentence);
        String order =
                py.get("mainFirst").asBoolean() ? "the parent went on before" : "the child's first statement ran";
        assertTrue(sentence.contains("in CPython " + order) || sentence.contains("the JVM, " + order), sentence);
    }
}
