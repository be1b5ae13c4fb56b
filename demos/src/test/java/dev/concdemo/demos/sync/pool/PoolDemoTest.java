package dev.concdemo.demos.sync.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pool's claims: few workers reused for many tasks, every callback, close() waits for all. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PoolDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(PoolDemo::new);

    @Test
    void twentyTasksRunOnFiveReusedThreadsAndCloseWaitsForAll() throws Exception {
        JsonNode r = cli.json("--time-scale", "0.05", "--json");
        assertEquals(20, r.get("done").asInt(), "close() returned only after every task");
        assertEquals(20, r.get("callbacks").asInt(), "one done-callback per task");
        assertTrue(r.get("allResultsRight").asBoolean());
        assertEquals(5, r.get("distinctWorkers").asInt(), "5 workers, reused");
        r.get("tasksByWorker").fieldNames().forEachRemaining(name -> assertTrue(name.startsWith("pool-worker-"), name));
        assertTrue(r.get("elapsedMs").asLong() >= r.get("expectedMs").asLong(), "4 waves of work: " + r);
        assertEquals("RejectedExecutionException", r.get("submitAfterShutdown").asText(), "a closed pool refuses");
    }

    @Test
    void theProcessKindReusesFiveChildJvmsThatAreGoneAfterwards() throws Exception {
        JsonNode r = cli.json("--kind", "process", "--time-scale", "0.05", "--json");
        assertEquals(20, r.get("done").asInt());
        assertEquals(5, r.get("distinctWorkers").asInt(), "5 child JVMs, reused");
        List<Long> pids = new ArrayList<>();
        r.get("tasksByWorker")
                .fieldNames()
                .forEachRemaining(name -> pids.add(Long.parseLong(name.substring("pid ".length()))));
        assertFalse(pids.contains(ProcessHandle.current().pid()));
        assertTrue(r.get("submitAfterShutdown").isNull(), "not tried on child JVMs: " + r);
        pids.forEach(pid -> assertFalse(
                ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child " + pid + " left alive"));
    }

    @Test
    void aWorkerThatDiesIsNamedOnceTheTasksAddUpAndTheRunFails() throws Exception {
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() ->
                cli.run("--kind", "process", "--workers", "2", "--tasks", "12", "--time-scale", "0.5", "--no-color"));
        List<ProcessHandle> workers = List.of();
        while (workers.size() < 2 && !code.isDone()) {
            workers = ProcessHandle.current()
                    .children()
                    .filter(p -> p.info().commandLine().orElse("").contains("PoolTask"))
                    .toList();
            Thread.sleep(20);
        }
        // The first worker is working once it has finished a task: it takes the next at once
        // (most are still queued), so the kill finds it running one.
        Pattern firstDone = Pattern.compile("pid " + workers.getFirst().pid() + "\\b.*task \\d+ done");
        while (!firstDone.matcher(cli.out()).find() && !code.isDone()) {
            Thread.sleep(20);
        }
        workers.getFirst().destroyForcibly(); // kill -9
        assertEquals(1, code.get(30, TimeUnit.SECONDS), cli.err());

        String out = cli.out();
        long died = out.lines().filter(l -> l.contains("its worker, pid")).count();
        assertEquals(1, died, "the death is told once, not once per queued task: " + out);
        Matcher summary = Pattern.compile(
                        "of 12 tasks: (\\d+) done, 1 lost with its worker \\(task (\\d+), pid (\\d+)\\),"
                                + " (\\d+) not run; 12 callbacks")
                .matcher(out);
        assertTrue(summary.find(), out);
        assertEquals(11, Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(4)), "it adds up: " + out);
        assertEquals(workers.getFirst().pid(), Long.parseLong(summary.group(3)));
        assertFalse(out.contains("Exception"), "no exception class names: " + out);
        assertFalse(out.contains("work=PT"), "no wire protocol: " + out);
        assertTrue(
                cli.err()
                                .startsWith("concdemo pool: error: worker pid "
                                        + workers.getFirst().pid() + " died running task")
                        || cli.err().contains("worker pid " + workers.getFirst().pid() + " died running task"),
                cli.err());
    }

    @Test
    void theNarrationShowsCallbacksAndTheDefaultSizes() {
        assertEquals(0, cli.run("--workers", "2", "--tasks", "4", "--time-scale", "0.01", "--no-color"));
        String text = cli.out();
        assertEquals(
                4,
                text.lines()
                        .filter(l -> l.contains("callback") && l.contains("'s result: "))
                        .count(),
                text);
        assertTrue(text.contains("min(32, CPU + 4)"));
        // The notes' example fails in CPython: the output says where and shows the form that works.
        String flat = text.replace("\n", " ").replaceAll(" +", " ");
        assertTrue(flat.contains("The notes' form (进程池与线程池): task() takes no argument"), text);
        assertTrue(flat.contains("CPython 3.11, run as written: TypeError from res.result()"), text);
        assertTrue(flat.contains("RuntimeError at the loop's second submit"), text);
        assertTrue(flat.contains("The form that works: def task(n), and shutdown() once, after the loop"), text);
        assertTrue(text.contains("one more submit after close(): refused, RejectedExecutionException"), text);
        assertTrue(flat.contains("Java, this run: one more submit after close() was refused"), text);
        assertTrue(text.contains("Java ForkJoinPool.commonPool()"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"--workers=0", "--workers=65", "--tasks=0", "--tasks=1001", "--kind=fiber", "--time-scale=0"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
    }

    @Test
    void aChineseRunQuotesPythonsMessagesInCornerBracketsWithAGloss() {
        CommandUnderTest zh = new CommandUnderTest(PoolDemo::new);
        assertEquals(0, zh.run("--tasks", "3", "--time-scale", "0.05", "--no-color", "--lang", "zh"), zh.err());
        String text = zh.out().replace("\n", "");
        assertTrue(text.contains("RuntimeError「cannot schedule new futures after shutdown」（池已关闭，不能再提交新任务）"), text);
    }
}
