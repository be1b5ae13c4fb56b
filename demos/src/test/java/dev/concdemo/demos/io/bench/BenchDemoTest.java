package dev.concdemo.demos.io.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bench's figures come from what it measured: against a server known to take 20 ms per answer. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BenchDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(BenchDemo::new);

    /** Answers every line with fib(1) = 1, after sleeping 20 ms. */
    private static ServerSocket slowServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofPlatform().daemon().start(() -> {
                        try (s;
                                BufferedReader in = new BufferedReader(
                                        new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))) {
                            OutputStream out = s.getOutputStream();
                            while (in.readLine() != null) {
                                Thread.sleep(20);
                                out.write("1\n".getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                            }
                        } catch (IOException | InterruptedException e) {
                            // client gone
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server;
    }

    @Test
    void latencyAndRateAreComputedFromTheMeasuredRoundTrips() throws Exception {
        try (ServerSocket slow = slowServer()) {
            JsonNode r = cli.json(
                    "latency",
                    "--port",
                    Integer.toString(slow.getLocalPort()),
                    "--n",
                    "1",
                    "--connections",
                    "1",
                    "--duration",
                    "2",
                    "--json");
            JsonNode latency = r.get("latencyMs");
            assertTrue(
                    latency.get("p50").asDouble() >= 20 && latency.get("p50").asDouble() < 40,
                    "p50 of a 20 ms server: " + latency);
            assertTrue(latency.get("max").asDouble() >= latency.get("p99").asDouble());
            double rate = r.get("requestsPerSecond").asDouble();
            assertTrue(rate > 25 && rate <= 50, "one connection, 20 ms each: at most 50 req/s, got " + rate);
            assertEquals(
                    r.get("requests").asDouble() / r.get("seconds").asDouble(), rate, 1.0, "rate = requests / seconds");
            assertEquals(2, r.get("perSecond").size());
            long perSecondSum = 0;
            for (JsonNode s : r.get("perSecond")) {
                perSecondSum += s.asLong();
            }
            assertTrue(perSecondSum <= r.get("requests").asLong());
            assertEquals(0, r.get("errors").asLong());
        }
    }

    @Test
    void latencyPrintsRoundTripsAsPerf1DoesAtMostTenLinesASecond() throws Exception {
        try (ServerSocket slow = slowServer()) {
            assertEquals(
                    0,
                    cli.run(
                            "latency",
                            "--port",
                            Integer.toString(slow.getLocalPort()),
                            "--n",
                            "1",
                            "--connections",
                            "1",
                            "--duration",
                            "2"));
            List<String> lines = cli.out()
                    .lines()
                    .filter(l -> l.contains("round trip ") && l.contains("bench-conn-1"))
                    .toList();
            assertTrue(lines.size() >= 5 && lines.size() <= 2 * 10 + 1, "one line per >= 100 ms over 2 s: " + lines);
            Pattern roundTrip = Pattern.compile("fib\\(1\\) round trip (\\d+\\.\\d{3}) ms");
            for (String line : lines) {
                Matcher m = roundTrip.matcher(line);
                assertTrue(m.find(), line);
                assertTrue(Double.parseDouble(m.group(1)) >= 20, "each answer takes 20 ms: " + line);
            }
            assertTrue(
                    lines.stream().anyMatch(l -> l.contains("the slowest of")),
                    "50 answers a second, 10 lines: " + lines);
            assertTrue(cli.out().lines().noneMatch(l -> l.contains("reqs/sec")), "per-second counts are rps's lines");
        }
    }

    /**
     * Seed 003's performance01 ladder: one client alone, then two, on the JVM's threads and on
     * the same model under a simulated GIL; every ratio is computed from the measured steps.
     */
    @Test
    void latencyMeasuresOneClientThenNOnTheJvmAndUnderASimulatedGil() throws Exception {
        JsonNode r = cli.json(
                "latency", "--model", "threads", "--n", "27", "--connections", "2", "--duration", "1", "--json");
        JsonNode steps = r.get("steps");
        assertEquals(4, steps.size(), steps.toString());
        List<String> seen = new ArrayList<>();
        for (JsonNode step : steps) {
            seen.add(step.get("server").asText() + "/" + step.get("clients").asInt());
        }
        assertEquals(List.of("threads/1", "threads/2", "threads + simulated GIL/1", "threads + simulated GIL/2"), seen);
        for (int i = 0; i < 4; i += 2) {
            JsonNode alone = steps.get(i);
            JsonNode two = steps.get(i + 1);
            assertEquals(alone.get("simulatedGil").asBoolean(), i == 2, alone.toString());
            assertTrue(alone.get("requests").asLong() > 0 && two.get("requests").asLong() > 0, steps.toString());
            assertEquals(1.0, alone.get("p50VsAlone").asDouble(), 1e-9);
            assertEquals(
                    two.get("p50Ms").asDouble() / alone.get("p50Ms").asDouble(),
                    two.get("p50VsAlone").asDouble(),
                    0.006,
                    "the ratio is this step's p50 over the one client's: " + steps);
        }
        assertEquals(2, r.get("connections").asInt(), "the top-level figures are the last step on the JVM");
        assertEquals(steps.get(1).get("requests").asLong(), r.get("requests").asLong());
        assertEquals(0, r.get("wrongAnswers").asLong());
        assertTrue(r.get("cores").asInt() >= 1);
    }

    @Test
    void aServerOfYourOwnIsMeasuredWithoutAGilAndTheSummarySaysWhy() throws Exception {
        try (ServerSocket slow = slowServer()) {
            String port = Integer.toString(slow.getLocalPort());
            assertEquals(0, cli.run("latency", "--port", port, "--n", "1", "--connections", "2", "--duration", "1"));
            String out = cli.out();
            String joined = out.replace("\n", " "); // the summary is wrapped at 100 columns
            assertTrue(joined.contains("No second run under a simulated GIL: the server is your own"), out);
            assertTrue(joined.contains("On 127.0.0.1:" + port + " a request took ×"), out);
            assertTrue(out.lines().allMatch(l -> dev.concdemo.support.term.Width.of(l) <= 100), out);
        }
    }

    @Test
    void oneConnectionAsksAsFastAsItCanAndTwoAsFastAsTheyCan() throws Exception {
        try (ServerSocket slow = slowServer()) {
            String port = Integer.toString(slow.getLocalPort());
            assertEquals(0, cli.run("rps", "--port", port, "--duration", "1"));
            assertTrue(cli.out().contains("1 connection asking fib(1) as fast as it can,"), cli.out());
            assertTrue(cli.out().contains("; 0 errors, 0 wrong answers"), cli.out());
            assertEquals(0, cli.run("rps", "--port", port, "--connections", "2", "--duration", "1"));
            assertTrue(cli.out().contains("2 connections asking fib(1) as fast as they can,"), cli.out());
        }
    }

    @Test
    void itCanStartItsOwnServerInAChildJvmAndCheckTheAnswers() throws Exception {
        JsonNode r = cli.json("rps", "--model", "nio", "--connections", "2", "--duration", "1", "--json");
        assertTrue(
                r.get("server").asText().matches("nio in a child JVM \\(pid \\d+\\)"),
                r.get("server").asText());
        assertTrue(r.get("requests").asLong() > 100, "fib(1) on loopback: many answers");
        assertEquals(0, r.get("wrongAnswers").asLong());
        long pid =
                Long.parseLong(r.get("server").asText().replaceAll("\\D+", " ").strip());
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the server's child JVM is gone");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sometimes",
                "rps --connections=0",
                "rps --duration=0",
                "rps --n=99",
                "rps --port=0",
                "rps --port=1 --model=nio",
                "latency --hog=-1",
                "latency --connections=0"
            })
    void badInputIsAUsageError(String args) {
        assertEquals(2, cli.run(args.split(" ")));
        assertTrue(cli.out().isEmpty(), cli.out());
    }

    /**
     * The seeds' echo, and seed 002's connection pool: reusing one connection beats a new one a request.
     * Three rounds of each, interleaved, compared by their medians: a burst of load on a busy machine,
     * or the first round's cold JIT, moves one round, not the median.
     */
    @Test
    void theEchoServiceAnswersHelloAndAConnectionPerRequestCostsItsConnect() throws Exception {
        List<Double> reusedRates = new ArrayList<>();
        List<Double> freshRates = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            JsonNode reused = cli.json("rps", "--model", "nio", "--service", "upper", "--duration", "1", "--json");
            JsonNode fresh = cli.json(
                    "rps",
                    "--model",
                    "nio",
                    "--service",
                    "upper",
                    "--duration",
                    "1",
                    "--connect-per-request",
                    "--json");
            for (JsonNode r : List.of(reused, fresh)) {
                assertEquals("upper", r.get("service").asText());
                assertTrue(r.get("n").isNull(), r.toString());
                assertEquals(0, r.get("wrongAnswers").asLong(), "every 'hello' came back 'HELLO': " + r);
                assertEquals(0, r.get("errors").asLong(), r.toString());
                assertTrue(r.get("requests").asLong() > 100, r.toString());
            }
            assertTrue(fresh.get("connectPerRequest").asBoolean());
            assertTrue(!reused.get("connectPerRequest").asBoolean());
            reusedRates.add(reused.get("requestsPerSecond").asDouble());
            freshRates.add(fresh.get("requestsPerSecond").asDouble());
        }
        double ratio = median(reusedRates) / median(freshRates);
        assertTrue(
                ratio > 1.5,
                "a connection a request pays for its connect and close: " + ratio + " from " + reusedRates + " and "
                        + freshRates);
        assertEquals(2, cli.run("rps", "--service", "upper", "--hog", "30"), "no fib to hog with: " + cli.err());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
