package dev.concdemo.demos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concdemo.demos.cpu.primes.PrimesDemo;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.serve.ServeDemo;
import dev.concdemo.demos.os.sched.SchedDemo;
import dev.concdemo.demos.proc.spawn.SpawnDemo;
import dev.concdemo.demos.sync.deadlock.DeadlockDemo;
import dev.concdemo.demos.sync.prodcons.ProdConsDemo;
import dev.concdemo.demos.sync.race.RaceDemo;
import dev.concdemo.demos.sync.semaphore.SemaphoreDemo;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.cli.Session;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --trace FILE}: a valid Chrome trace whose spans show what each scenario claims. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TraceTest {
    @TempDir
    Path dir;

    private List<JsonNode> trace(Function<Session, Object> command, String... args) throws Exception {
        Path file = dir.resolve("t.json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--trace", file.toString()));
        CommandUnderTest cli = new CommandUnderTest(command);
        assertEquals(0, cli.run(all.toArray(String[]::new)), cli.err());
        return valid(new ObjectMapper().readTree(file.toFile()));
    }

    /** The format's rules, and spans that nest within each lane. */
    private static List<JsonNode> valid(JsonNode root) {
        assertTrue(root.get("traceEvents").isArray(), "traceEvents");
        List<JsonNode> events = StreamSupport.stream(root.get("traceEvents").spliterator(), false)
                .toList();
        for (JsonNode e : events) {
            assertTrue(
                    e.hasNonNull("name")
                            && e.hasNonNull("ph")
                            && e.get("pid").isNumber()
                            && e.get("tid").isNumber(),
                    e.toString());
            if (!e.get("ph").asText().equals("M")) {
                assertTrue(e.get("ts").isNumber() && e.get("ts").asDouble() >= 0, e.toString());
            }
            if (e.get("ph").asText().equals("X")) {
                assertTrue(e.get("dur").isNumber() && e.get("dur").asDouble() >= 0, e.toString());
            }
        }
        Map<String, List<JsonNode>> byLane =
                spans(events).stream().collect(Collectors.groupingBy(e -> e.get("pid") + "/" + e.get("tid")));
        byLane.forEach((lane, spans) -> {
            List<JsonNode> ordered = new ArrayList<>(spans);
            ordered.sort(Comparator.comparingDouble((JsonNode s) -> s.get("ts").asDouble())
                    .thenComparing(s -> -end(s)));
            Deque<JsonNode> open = new ArrayDeque<>();
            for (JsonNode s : ordered) {
                while (!open.isEmpty() && end(open.peek()) <= s.get("ts").asDouble()) {
                    open.pop();
                }
                if (!open.isEmpty()) {
                    assertTrue(
                            end(s) <= end(open.peek()) + 0.01,
                            "in lane " + lane + ", " + s + " overlaps " + open.peek() + " without nesting");
                }
                open.push(s);
            }
        });
        return events;
    }

    private static List<JsonNode> spans(List<JsonNode> events) {
        return events.stream().filter(e -> e.get("ph").asText().equals("X")).toList();
    }

    private static double end(JsonNode span) {
        return span.get("ts").asDouble() + span.get("dur").asDouble();
    }

    private static boolean covers(JsonNode span, double t) {
        return span.get("ts").asDouble() < t && end(span) > t;
    }

    @Test
    void deadlockShowsTwoLockWaitsOnDifferentThreadsOverlappingUntilTheCycleIsBroken() throws Exception {
        List<JsonNode> events = trace(DeadlockDemo::new, "--time-scale", "0.05");
        JsonNode found = events.stream()
                .filter(e -> e.get("ph").asText().equals("i")
                        && e.get("name").asText().contains("DEADLOCK"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no DEADLOCK instant"));
        double t = found.get("ts").asDouble();
        List<JsonNode> waiting = spans(events).stream()
                .filter(s -> s.get("name").asText().startsWith("wait for lock") && covers(s, t))
                .toList();
        assertTrue(
                waiting.stream().map(s -> s.get("tid").asLong()).distinct().count() >= 2,
                "two threads' lock waits span the detection: " + waiting);
        assertTrue(
                waiting.stream().anyMatch(s -> s.get("name").asText().endsWith("A"))
                        && waiting.stream().anyMatch(s -> s.get("name").asText().endsWith("B")),
                "one waits for A, one for B: " + waiting);
        assertTrue(
                spans(events).stream().anyMatch(s -> s.get("name").asText().startsWith("hold lock")),
                "holds are spans too");
        assertTrue(events.stream()
                .anyMatch(e -> e.get("ph").asText().equals("M")
                        && e.get("args").path("name").asText().equals("Thread-1")));
    }

    @Test
    void semaphoreNeverHasMoreThanFiveHolders() throws Exception {
        List<JsonNode> events = trace(SemaphoreDemo::new, "--threads", "12", "--time-scale", "0.02");
        List<JsonNode> holds = spans(events).stream()
                .filter(s -> s.get("name").asText().equals("hold a permit"))
                .toList();
        assertEquals(12, holds.size());
        for (JsonNode h : holds) {
            double t = h.get("ts").asDouble() + 0.001;
            long inside = holds.stream()
                    .filter(o -> o.get("ts").asDouble() <= t && end(o) > t)
                    .count();
            assertTrue(inside <= 5, inside + " holders at " + t);
        }
        int maxCounter = events.stream()
                .filter(e -> e.get("ph").asText().equals("C"))
                .mapToInt(e -> e.get("args").get("threads inside").asInt())
                .max()
                .orElseThrow();
        assertEquals(5, maxCounter, "the counter reaches the permits and never passes them");
    }

    @Test
    void raceAndProdconsTraceTheirWork() throws Exception {
        List<JsonNode> race = trace(RaceDemo::new, "--trials", "3", "--time-scale", "0.2");
        assertEquals(
                30,
                spans(race).stream()
                        .filter(s -> s.get("name").asText().equals("ticket -= 1"))
                        .count());
        List<JsonNode> prodcons = trace(ProdConsDemo::new, "--time-scale", "0.05", "--seed", "3", "--items", "6");
        assertEquals(
                12, // 2 producers x 6 items
                spans(prodcons).stream()
                        .filter(s -> s.get("name").asText().startsWith("handle "))
                        .count());
        assertTrue(prodcons.stream()
                .anyMatch(e -> e.get("ph").asText().equals("C")
                        && e.get("name").asText().equals("queue length")));
    }

    @Test
    void schedDrawsEachSimulatedUnitAsAMillisecondInALanePerJob() throws Exception {
        List<JsonNode> srtf = trace(SchedDemo::new, "--algo", "srtf", "--jobs", "A:0:8,B:1:4,C:2:9,D:3:5");
        // A0-1 B1-5 D5-10 A10-17 C17-26: five spans, 26 units in all.
        assertEquals(5, spans(srtf).size());
        assertEquals(
                26_000.0,
                spans(srtf).stream().mapToDouble(s -> s.get("dur").asDouble()).sum(),
                1.0,
                "26 units, 1 ms (1,000 µs) each");
        List<JsonNode> mlfq = trace(SchedDemo::new, "--algo", "mlfq", "--jobs", "A:0:8,B:1:4,C:2:9,D:3:5");
        assertTrue(spans(mlfq).stream().anyMatch(s -> s.get("name").asText().equals("A (level 2)")));
    }

    @Test
    void primesOnChildJvmsHasOneProcessLanePerChildWithItsRealPid() throws Exception {
        List<JsonNode> events = trace(PrimesDemo::new, "--procs", "2", "--repeat", "1", "--quiet");
        long parent = ProcessHandle.current().pid();
        List<Long> children = events.stream()
                .filter(e -> e.get("ph").asText().equals("M")
                        && e.get("name").asText().equals("process_name")
                        && e.get("pid").asLong() != parent)
                .map(e -> e.get("pid").asLong())
                .distinct()
                .toList();
        assertEquals(2, children.size(), "two child JVM lanes");
        for (long child : children) {
            assertFalse(
                    ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child " + child + " has ended");
            assertTrue(spans(events).stream()
                    .anyMatch(s -> s.get("pid").asLong() == child
                            && s.get("name").asText().startsWith("is_prime(")));
        }
    }

    @Test
    void spawnHasALanePerChildProcessWithWhatItSaidAndItsLife() throws Exception {
        List<JsonNode> events = trace(SpawnDemo::new);
        long parent = ProcessHandle.current().pid();
        List<Long> children = events.stream()
                .filter(e -> e.get("ph").asText().equals("M")
                        && e.get("name").asText().equals("process_name")
                        && e.get("pid").asLong() != parent)
                .map(e -> e.get("pid").asLong())
                .distinct()
                .toList();
        assertEquals(4, children.size(), "a lane per child process: " + children);
        long first = children.stream()
                .filter(pid -> events.stream()
                        .anyMatch(e -> e.get("pid").asLong() == pid
                                && e.get("name").asText().equals("egon")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the task's 'egon' is in its child's lane"));
        assertTrue(spans(events).stream()
                .anyMatch(s ->
                        s.get("pid").asLong() == first && s.get("name").asText().equals("alive")));
        assertTrue(
                events.stream()
                        .anyMatch(e -> e.get("pid").asLong() == parent
                                && e.get("name").asText().startsWith("主")),
                "main's lines in main's process");
    }

    @Test
    void serveTracesEachRequest() throws Exception {
        Path file = dir.resolve("serve.json");
        CommandUnderTest cli = new CommandUnderTest(ServeDemo::new);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> cli.run("--model", "nio", "--port", "0", "--duration", "1.5", "--trace", file.toString()));
        int port = 0;
        Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
        for (int i = 0; i < 100 && port == 0; i++) {
            Matcher m = listening.matcher(cli.out());
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            } else {
                Thread.sleep(20);
            }
        }
        try (FibConnection c = new FibConnection("127.0.0.1", port)) {
            assertEquals("55", c.ask(10));
            assertEquals("6765", c.ask(20));
        }
        assertEquals(0, run.get(10, TimeUnit.SECONDS), cli.err());
        List<JsonNode> events = valid(new ObjectMapper().readTree(file.toFile()));
        List<String> names =
                spans(events).stream().map(s -> s.get("name").asText()).toList();
        assertTrue(names.contains("fib(10)") && names.contains("fib(20)"), names.toString());
    }
}
