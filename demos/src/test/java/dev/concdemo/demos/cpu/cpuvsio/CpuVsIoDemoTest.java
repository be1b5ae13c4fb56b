package dev.concdemo.demos.cpu.cpuvsio;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seeds' rule as ratios: IO-bound work scales with waiting workers, CPU-bound work only to the cores. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuVsIoDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(CpuVsIoDemo::new);

    @Test
    void ioScalesWithATaskPerWorkerAndCpuOnlyToTheCores() throws Exception {
        // ~0.9 s of CPU on one thread. Each speedup is a ratio of two single wall-clock
        // measurements on a shared machine (a JIT recompilation or a neighbour's burst moves
        // either by tens of ms), so the bound below is "cores plus one", not "cores": it still
        // fails if CPU-bound work ever scaled with the 8 or 20 workers instead of the cores.
        // The waits are 150 ms (--time-scale 3), so that the mix's saving over the child JVMs' row
        // (each child waits for its share of the 40 one after another, or all at once: about 19
        // waits, 2.85 s) is far larger than what the two rows' child JVM start-ups can differ by.
        JsonNode r = cli.json("--cpu-tasks", "8", "--n", "38", "--io-tasks", "40", "--time-scale", "3", "--json");
        JsonNode rows = r.get("rows");
        assertEquals(6, rows.size());
        assertFalse(r.has("python"), "no python object without --python");
        JsonNode mix = rows.get(5);
        assertTrue(mix.get("workers").asText().contains("child JVMs x virtual threads"), mix.toString());
        // Both child-JVM rows pay the same start-up; only the mix overlaps the waits inside each child.
        assertTrue(
                mix.get("ioMs").asLong() < rows.get(2).get("ioMs").asLong(),
                "the waits overlap inside each child: " + mix + " vs " + rows.get(2));
        assertEquals("1 thread", rows.get(0).get("workers").asText());
        int cores = r.get("cores").asInt();
        for (JsonNode row : rows) {
            assertTrue(row.get("cpuSpeedup").asDouble() <= cores + 1, "CPU-bound work cannot beat the cores: " + row);
        }
        JsonNode perTask = rows.get(3);
        JsonNode virtual = rows.get(4);
        assertTrue(
                perTask.get("ioSpeedup").asDouble()
                        > 2 * perTask.get("cpuSpeedup").asDouble(),
                "the same 20 workers speed IO up far more than CPU: " + perTask);
        assertTrue(perTask.get("ioSpeedup").asDouble() >= 5, "20 waits at once: " + perTask);
        assertTrue(virtual.get("ioSpeedup").asDouble() >= 5, "20 waits at once on virtual threads: " + virtual);
        assertTrue(
                virtual.get("ioSpeedup").asDouble()
                        > rows.get(1).get("ioSpeedup").asDouble(),
                "more waiting workers beat one per core on IO");
    }

    @Test
    void theRunMeasuresTheChildrenStartAndASmallLoadAndComputesTheCrossoverFromThem() throws Exception {
        JsonNode r = cli.json("--cpu-tasks", "4", "--n", "30", "--io-tasks", "4", "--time-scale", "0.2", "--json");
        JsonNode p = r.get("payoff");
        int cores = r.get("cores").asInt();
        assertEquals(cores, p.get("children").asInt());
        JsonNode cases = p.get("cases");
        assertEquals(2, cases.size(), p.toString());
        assertEquals(30 - CpuVsIoRun.SMALLER_BY, cases.get(0).get("fibN").asInt(), "the small load comes first");
        assertEquals(30, cases.get(1).get("fibN").asInt(), "then the run's own");
        JsonNode childRow = r.get("rows").get(2);
        assertEquals(
                childRow.get("cpuMs").asLong(), cases.get(1).get("childJvmsMs").asLong(), "the same measurement");
        assertEquals(
                r.get("rows").get(0).get("cpuMs").asLong(),
                cases.get(1).get("oneThreadMs").asLong());
        long start = p.get("childStartMs").asLong();
        assertTrue(start > 0, "a child JVM takes time to start: " + p);
        // The pool hands out no work before every child is ready: the start is inside the row's time.
        assertTrue(start <= childRow.get("cpuMs").asLong(), "start within the children's row: " + p + " " + childRow);
        if (cores > 1) {
            assertEquals(start * cores / (cores - 1), p.get("crossoverMs").asLong(), 1.0, "start x c / (c - 1): " + p);
            double tasks = p.get("crossoverMs").asDouble() / p.get("perTaskMs").asDouble();
            // the JSON rounds perTaskMs to 0.01 ms: with tasks of ~1 ms that is up to ~1% of the count
            assertEquals(
                    tasks,
                    p.get("crossoverTasks").asDouble(),
                    Math.max(1.5, tasks * 0.01),
                    "the crossover in tasks: " + p);
            for (JsonNode c : cases) {
                assertEquals(
                        c.get("oneThreadMs").asLong() > p.get("crossoverMs").asLong(),
                        c.get("aboveCrossover").asBoolean(),
                        c.toString());
            }
        } else {
            assertEquals(-1, p.get("crossoverTasks").asInt());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--cpu-tasks=0", "--io-tasks=0", "--io-tasks=10001", "--n=1", "--n=99"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }

    @Test
    void withPythonBothLoadsRunInCPythonBeside() throws Exception {
        Python3.required();
        // 20 waits of 25 ms: 0.5 s on one thread, all at once on a thread each
        JsonNode r = cli.json(
                "--python", "--cpu-tasks", "2", "--n", "20", "--io-tasks", "20", "--time-scale", "0.5", "--json");
        JsonNode py = r.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        assertEquals(20, py.get("fibNInJavaRun").asInt());
        assertTrue(py.get("fibN").asInt() <= 20, py.toString());
        JsonNode rows = py.get("rows");
        assertEquals(4, rows.size());
        for (JsonNode row : rows) {
            for (String field : List.of("cpuMs", "cpuSpeedup", "ioMs", "ioSpeedup")) {
                assertTrue(row.has(field), field + " in " + row);
            }
        }
        assertEquals("processes", rows.get(2).get("kind").asText());
        assertEquals(r.get("cores").asInt(), rows.get(2).get("size").asInt());
        // one thread waits 20 times 25 ms one after another; a thread per task waits them at once
        assertTrue(rows.get(0).get("ioMs").asLong() >= 500, rows.get(0).toString());
        assertTrue(rows.get(3).get("ioSpeedup").asDouble() > 2, "a waiting thread releases the GIL: " + rows);

        // the sentence says what these numbers show
        CPythonReport measured = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(py, CPythonReport.class);
        List<CpuVsIoReport.Row> javaRows = new ArrayList<>();
        for (JsonNode row : r.get("rows")) {
            javaRows.add(new CpuVsIoReport.Row(
                    row.get("workers").asText(),
                    row.get("cpuMs").asLong(),
                    row.get("cpuSpeedup").asDouble(),
                    row.get("ioMs").asLong(),
                    row.get("ioSpeedup").asDouble()));
        }
        CpuVsIoReport java = new CpuVsIoReport(r.get("cores").asInt(), 2, 20, 20, 25, javaRows, null);
        String sentence = CPythonSummary.sentence(Texts.of(CPythonSummary.class), java, measured);
        assertTrue(
                sentence.contains("%.2fx on %d processes"
                        .formatted(
                                measured.processes().cpuSpeedup(),
                                measured.processes().size())),
                sentence);
        assertTrue(
                sentence.contains("sped up %.2fx on %s"
                        .formatted(measured.perTask().ioSpeedup(), CPythonRun.label(measured.perTask()))),
                sentence);
        assertEquals(
                measured.threads().cpuSpeedup() < CPythonSummary.SPED_UP
                        && measured.processes().cpuSpeedup() >= CPythonSummary.SPED_UP,
                sentence.contains("under the GIL one thread at a time computes"),
                sentence);
    }
}
