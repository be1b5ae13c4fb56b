package dev.concdemo.demos.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
}
