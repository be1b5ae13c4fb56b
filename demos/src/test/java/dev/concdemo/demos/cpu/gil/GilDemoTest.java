package dev.concdemo.demos.cpu.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Python3;
import dev.concdemo.support.term.Width;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GilDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(GilDemo::new);

    @Test
    void theReportHasBothPartsAndSaysTheJvmHasNoGil() throws Exception {
        JsonNode r = cli.json("--threads", "1,2", "--n", "30", "--time-scale", "0.3", "--json");
        assertEquals(2, r.get("cpu").size());
        assertEquals(1.0, r.get("cpu").get(0).get("gilSpeedup").asDouble());
        assertEquals(3, r.get("io").size());
        assertEquals(5.0, r.get("switchIntervalMs").asDouble());
        assertTrue(r.get("rounds").asInt() >= 3, "several rounds, a median kept: " + r.get("rounds"));
        // The lock is taken once by one thread: it does not slow that thread down (medians;
        // a factor of two either way leaves room for a busy machine, not for a per-call cost).
        double cost = r.get("oneThreadGilCost").asDouble();
        assertTrue(cost >= 0.5 && cost <= 2, "one thread, about the time without a GIL: " + cost);
        assertEquals(2, r.get("oldGil").get("threads").asInt());
        JsonNode race = r.get("race");
        assertEquals(
                race.get("lockedExpected").asLong(), race.get("withOwnLock").asLong(), "own lock: none lost");
        assertEquals(
                2L * race.get("lockedIncrements").asInt(),
                race.get("lockedExpected").asLong());
        assertTrue(race.get("withoutLock").asLong() < race.get("expected").asLong(), "only the GIL: " + race);
        assertFalse(r.has("python"), "no python object without --python");

        assertEquals(0, cli.run("--threads", "1", "--n", "25", "--time-scale", "0.1", "--no-color"));
        assertTrue(cli.out().contains("The JVM has no GIL."), cli.out());
        assertTrue(cli.out().contains("beside a CPU hog, simulated GIL"));
        assertTrue(cli.out().contains("The GIL guards the interpreter, not your data"), cli.out());
        assertTrue(
                cli.out()
                        .replaceAll("\\s+", " ")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("note 004's thrashing"),
                cli.out());
    }

    @Test
    void theTablesCountsAreExplainedAndTheChineseRunIsChineseProse() throws Exception {
        assertEquals(0, cli.run("--threads", "1", "--n", "25", "--time-scale", "0.1", "--no-color"));
        String en = cli.out().replaceAll("\\s+", " ");
        assertTrue(en.contains("switches drop reqs wasted wakes"), en);
        assertTrue(en.contains("switches, times the GIL changed hands"), en);
        assertTrue(
                en.contains("drop reqs, times a thread that had waited a whole switch interval asked the holder"), en);
        assertTrue(en.contains("wasted wakes, times a waiter was woken only to find the GIL taken again"), en);

        assertEquals(0, cli.run("--threads", "1", "--n", "25", "--time-scale", "0.1", "--no-color", "--lang", "zh"));
        String zh = cli.out();
        assertTrue(zh.contains("JVM 没有 GIL。") && zh.contains("本场景按 CPython 的规则模拟一个"), zh);
        assertFalse(zh.contains("This scenario simulates one"), zh);
        assertTrue(zh.replaceAll("\\s+", "").contains("GIL换手的次数"), zh);
        assertTrue(zh.contains("笔记 004 说的颠簸") || zh.replaceAll("\\s+", "").contains("笔记004说的颠簸"), zh);
        assertFalse(zh.contains("种子"), zh);
        assertFalse(zh.contains("seed"), zh);
        // the run's own lines and the IO table's setups are prose too
        assertTrue(zh.contains("旁边有霸占 CPU 的线程，模拟 GIL") && zh.contains("旧 GIL（CPython 3.2 之前）"), zh);
        assertFalse(
                zh.contains("beside a CPU hog") || zh.contains("old GIL (before") || zh.contains("only the GIL"), zh);
    }

    @Test
    void withPythonTheRealCPythonIsMeasuredBeside() throws Exception {
        Python3.required();
        JsonNode py = cli.json("--python", "--threads", "1,2", "--n", "27", "--time-scale", "0.3", "--json")
                .get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        JsonNode two = py.get("cpu").get(1);
        assertEquals(2, two.get("threads").asInt());
        assertEquals(2, py.get("cpu").get(2).get("processes").asInt());
        double speedup = two.get("speedup").asDouble();
        if (py.get("build").asText().equals("gil")) {
            // one thread at a time runs Python code: two do not do the work of two (1.0-1.3 measured)
            assertTrue(speedup < 1.5, "CPython with a GIL, 2 threads: " + speedup);
        } else {
            assertEquals("free-threaded", py.get("build").asText());
            assertTrue(speedup >= 1.5, "a free-threaded CPython (no GIL), 2 threads: " + speedup);
        }
        JsonNode call = py.get("raceWithCall");
        assertEquals(2L * call.get("increments").asLong(), call.get("expected").asLong());
        // a call between reading n and storing it: a switch falls there (millions lost of 10 million, 5 runs)
        assertTrue(call.get("lost").asLong() > 0, "n = add_one(n) by 2 threads: " + call);
        assertTrue(
                py.get("io").get("opsPerSecond").asDouble()
                        < py.get("ioAlone").get("opsPerSecond").asDouble(),
                "behind a CPU-bound thread the IO thread does less: " + py);

        assertEquals(0, cli.run("--python", "--threads", "1,2", "--n", "25", "--time-scale", "0.1", "--no-color"));
        String out = cli.out();
        assertTrue(out.contains("CPython " + py.get("version").asText().substring(0, 2)), out);
        assertTrue(out.contains("n = add_one(n)"), out);
        out.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "too wide: " + line));
    }

    @Test
    void withoutTheInterpreterGivenItSaysSoAndFails() {
        assertEquals(1, cli.run("--python-exe", "/nonexistent/python3", "--n", "25"));
        assertTrue(
                cli.err().contains("--python: no Python interpreter at /nonexistent/python3 (not an executable file)"),
                cli.err());
        assertFalse(cli.out().contains("CPU-bound"), "nothing run: " + cli.out());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--threads=0",
                "--threads=999",
                "--n=5",
                "--n=50",
                "--switch-interval=0",
                "--switch-interval=1000",
                "--threads=a"
            })
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }
}
