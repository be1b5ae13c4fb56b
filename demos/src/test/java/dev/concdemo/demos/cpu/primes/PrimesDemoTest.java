package dev.concdemo.demos.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.Python3;
import dev.concdemo.support.term.Width;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PrimesDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(PrimesDemo::new);

    @Test
    void childJvmsGiveTheRightAnswersAndAreGoneAfterwards() throws Exception {
        JsonNode report = cli.json("--procs", "2", "--repeat", "1", "--json");
        assertEquals("procs", report.get("kind").asText());
        assertEquals(13, report.get("numbers").asInt());
        assertFalse(report.has("python"), "no python object without --python");
        JsonNode results = report.get("results");
        for (long n : Primes.SEED) {
            assertEquals(TrialDivision.isPrime(n), results.get(Long.toString(n)).asBoolean(), n + " in " + results);
        }
        JsonNode run = report.get("runs").get(0);
        Set<Long> pids = new HashSet<>();
        run.get("pids").forEach(p -> pids.add(p.asLong()));
        assertEquals(2, pids.size(), "two distinct child JVMs");
        assertFalse(pids.contains(ProcessHandle.current().pid()));
        int tested = 0;
        for (JsonNode count : run.get("testedPerWorker")) {
            tested += count.asInt();
        }
        assertEquals(13, tested, "every number tested exactly once");
        pids.forEach(pid -> assertFalse(
                ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child " + pid + " left alive"));
    }

    @Test
    void theSweepsColumnsAreComputedFromTheMeasuredTimes() throws Exception {
        JsonNode runs = cli.json("--threads", "1,2", "--repeat", "2", "--json").get("runs");
        assertEquals(2, runs.size());
        double first = runs.get(0).get("realMs").asDouble();
        for (JsonNode run : runs) {
            double real = run.get("realMs").asDouble();
            // realMs is rounded to whole milliseconds, the ratios are computed from nanoseconds: allow 3 %
            assertEquals(
                    first / real,
                    run.get("speedup").asDouble(),
                    0.03 * first / real + 0.01,
                    "speedup = first real / this real");
            assertEquals(
                    run.get("userMs").asDouble() / real,
                    run.get("coresUsed").asDouble(),
                    0.03 * run.get("userMs").asDouble() / real + 0.02,
                    "cores used = user / real");
        }
        assertEquals(1.0, runs.get(0).get("speedup").asDouble());
    }

    @Test
    void linesComeInInputOrderInTheSeedsSpellingAndQuietDropsThem() {
        assertEquals(0, cli.run("--threads", "2", "--repeat", "1", "--no-color"));
        List<String> lines =
                cli.out().lines().filter(l -> l.contains(" is prime: ")).toList();
        assertEquals(13, lines.size());
        for (int i = 0; i < 13; i++) {
            long n = Primes.SEED.get(i);
            assertEquals(n + " is prime: " + (TrialDivision.isPrime(n) ? "True" : "False"), lines.get(i));
        }
        assertTrue(cli.out().contains("real\t0m"));
        assertTrue(cli.out().contains("cores used"));

        assertEquals(0, cli.run("--threads", "2", "--repeat", "1", "--quiet"));
        assertFalse(cli.out().contains(" is prime: "));
    }

    @Test
    void theLinesAreShownForTheListOnceThenCounted() {
        assertEquals(0, cli.run("--threads", "2", "--repeat", "3", "--no-color"));
        List<String> lines =
                cli.out().lines().filter(l -> l.contains(" is prime: ")).toList();
        assertEquals(PrimesRun.LINES_SHOWN, lines.size(), cli.out());
        long primes = Primes.SEED.stream().filter(TrialDivision::isPrime).count();
        String counted = "(%d more \"N is prime\" lines not shown: %d True, %d False;"
                .formatted(2 * 13, 2 * primes, 2 * (13 - primes));
        assertTrue(cli.out().contains(counted), cli.out());
    }

    @Test
    void aNumbersFileWithABadLineIsAUsageErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("n.txt"), "13\n17x\n");
        assertEquals(2, cli.run("--numbers", file.toString(), "--threads", "1"));
        assertTrue(cli.err().contains("n.txt, line 2: '17x' is not a positive whole number"), cli.err());
    }

    @Test
    void aNumbersFileMeansItsNumbersOnceUnlessRepeatIsGiven(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("n.txt"), "# mine\n13\n1116281\n15\n");
        JsonNode once = cli.json("--numbers", file.toString(), "--threads", "1", "--json");
        assertEquals(3, once.get("numbers").asInt());
        JsonNode twice = cli.json("--numbers", file.toString(), "--threads", "1", "--repeat", "2", "--json");
        assertEquals(6, twice.get("numbers").asInt());
        assertEquals(0, cli.run("--numbers", file.toString(), "--threads", "1", "--no-color"));
        assertTrue(cli.out().contains("3 numbers from " + file + ";"), cli.out());
    }

    @Test
    void aNumbersFileThatCannotBeReadSaysWhy(@TempDir Path dir) {
        assertEquals(2, cli.run("--numbers", dir.resolve("nosuch.txt").toString()));
        assertTrue(cli.err().contains("nosuch.txt: no such file"), cli.err());
        assertEquals(2, cli.run("--numbers", dir.toString()));
        assertTrue(cli.err().contains(": a directory"), cli.err());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--procs=0",
                "--procs=-1",
                "--procs=x",
                "--procs=1,,2",
                "--threads=0",
                "--procs=999",
                "--repeat=0",
                "--repeat=100000",
                "--numbers"
            })
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }

    @Test
    void theChineseRunCountsItsWorkersAndNumbersInChinese() {
        assertEquals(0, cli.run("--threads", "1,2", "--repeat", "1", "--no-color", "--lang", "zh"));
        assertTrue(cli.out().contains("13 个数"), cli.out()); // the one thread's timeline row
        assertTrue(cli.out().contains("1 个线程 ...") && cli.out().contains("2 个线程 ..."), cli.out());
        assertFalse(cli.out().contains(" numbers") || cli.out().contains("1 thread"), cli.out());
        assertEquals(0, cli.run("--threads", "1", "--repeat", "1", "--no-color"));
        assertTrue(cli.out().contains("1 thread of one JVM kept"), cli.out());
        assertTrue(cli.out().contains("│ 13 numbers"), cli.out());
    }

    @Test
    void procsAndThreadsAreAlternatives() {
        assertEquals(2, cli.run("--procs", "1", "--threads", "1"));
        assertTrue(cli.err().contains("--procs=N, --threads=N are mutually exclusive"), cli.err()); // app rewords it
    }

    @Test
    void withPythonTheSameNumbersAreCheckedInCPythonBeside(@TempDir Path dir) throws Exception {
        Python3.required();
        Path file = dir.resolve("numbers.txt");
        // six primes near 10^12 and one composite: some 30 ms each for one CPython worker
        Files.writeString(file, """
            1000000000039
            1000000000061
            1000000000063
            1000000000091
            1000000000121
            1000000000163
            1000000000000
            """);
        JsonNode report = cli.json("--python", "--numbers", file.toString(), "--threads", "2", "--json");
        JsonNode py = report.get("python");
        assertTrue(py.get("version").asText().startsWith("3."), py.toString());
        assertEquals(7, py.get("numbers").asInt(), "under the budget: all the Java run's numbers");
        assertEquals(7, py.get("numbersInJavaRun").asInt());
        JsonNode runs = py.get("runs");
        assertEquals(
                List.of("one", "threads", "procs"),
                List.of(
                        runs.get(0).get("kind").asText(),
                        runs.get(1).get("kind").asText(),
                        runs.get(2).get("kind").asText()));
        for (JsonNode run : runs) {
            for (String field : List.of("workers", "realMs", "userMs", "sysMs", "coresUsed", "speedup")) {
                assertTrue(run.has(field), field + " in " + run);
            }
            // the same trial division: the same verdicts as the JVM's
            assertEquals(
                    report.get("runs").get(0).get("primes").asInt(),
                    run.get("primes").asInt(),
                    run.toString());
        }
        assertEquals(2, runs.get(1).get("workers").asInt());
        assertEquals(2, runs.get(2).get("workers").asInt());
        if (py.get("build").asText().equals("gil") && py.get("gilEnabled").asBoolean()) {
            // one thread at a time runs Python code: CPU time cannot outgrow wall time by much
            assertTrue(runs.get(1).get("coresUsed").asDouble() < 1.5, "threads under the GIL: " + runs.get(1));
        }

        assertEquals(0, cli.run("--python", "--numbers", file.toString(), "--threads", "2", "--no-color"));
        String out = cli.out();
        assertTrue(out.contains("CPython " + py.get("version").asText().substring(0, 2)), out);
        assertTrue(out.contains("CPython checked all 7 numbers of the Java run."), out);
        assertTrue(out.contains("Its verdicts agree with the JVM's: 6 of them prime."), out);
        // the sentence says the speedup the table shows, and why by what was measured
        Matcher row = Pattern.compile("CPython +2 threads +7 +\\S+ s +\\S+ s +([0-9.]+) +([0-9.]+)x")
                .matcher(out);
        assertTrue(row.find(), out);
        double cores = Double.parseDouble(row.group(1));
        String prose = out.replaceAll("\\s+", " ");
        assertTrue(
                prose.contains("CPython's 2 threads ran " + row.group(2) + "x as fast as one worker, " + row.group(1)
                        + " cores busy"),
                prose);
        assertEquals(cores < CPythonSummary.SCALED, prose.contains("its GIL lets one thread at a time"), prose);
        out.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "too wide: " + line));
    }
}
