package dev.concdemo.demos.jvm.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StructuredDemoTest {
    private static final CommandUnderTest CLI = new CommandUnderTest(StructuredDemo::new);
    private static final int THREADS = 10_000;

    /** One run's report, shared: each run starts a JVM and parks thousands of threads twice. */
    private static JsonNode r;

    @BeforeAll
    static void runOnce() throws Exception {
        r = CLI.json("--threads", Integer.toString(THREADS), "--json");
    }

    @Test
    void theFirstFailureCancelsItsSiblingsAfterItAndNothingOutlivesTheScope() {
        JsonNode scope = r.get("scope");
        assertEquals("scope-charge", scope.get("failedSubtask").asText(), scope.toString());
        assertEquals("card declined", scope.get("failure").asText(), scope.toString());
        assertEquals("FailedException", scope.get("joinThrew").asText(), scope.toString());
        assertTrue(scope.get("failedAfterMs").asDouble() >= 300, "charge works 300 ms first: " + scope);
        assertEquals(4, scope.get("forks").asInt(), scope.toString());
        assertEquals(0, scope.get("aliveAfterScope").asInt(), "none alive after close(): " + scope);
        List<String> names = new ArrayList<>();
        double closed = scope.get("closedAfterFailureMs").asDouble();
        for (JsonNode sibling : scope.get("siblings")) {
            String name = sibling.get("name").asText();
            names.add(name);
            assertFalse(sibling.get("aliveAfterScope").asBoolean(), sibling.toString());
            JsonNode interrupted = sibling.get("interruptedAfterMs");
            if (name.equals("scope-user") && interrupted.isNull()) {
                // 100 ms of work against charge's 300: it finished first
                assertEquals("SUCCESS", sibling.get("state").asText(), sibling.toString());
                continue;
            }
            // stock and history work 5 s: only the cancel ends them. Causal: the interrupt comes after
            // the failure, and close() returns after the interrupted thread has ended.
            assertFalse(interrupted.isNull(), "interrupted: " + sibling);
            assertEquals("UNAVAILABLE", sibling.get("state").asText(), sibling.toString());
            assertTrue(interrupted.asDouble() >= 0, "after the failure: " + sibling);
            assertTrue(interrupted.asDouble() <= closed, "before close() returned: " + scope);
        }
        assertEquals(List.of("scope-user", "scope-stock", "scope-history"), names);
    }

    @Test
    void theExecutorsTasksRunOnAfterTheCallerGaveUpUntilWeEndThem() {
        JsonNode e = r.get("executor");
        assertTrue(e.get("callerGaveUpAfterMs").asDouble() >= 300, e.toString());
        assertEquals(2, e.get("leakedStillRunning").asInt(), "stock and history leaked: " + e);
        assertEquals("pool-stock", e.get("leaked").get(0).asText(), e.toString());
        assertEquals("pool-history", e.get("leaked").get(1).asText(), e.toString());
        assertTrue(e.get("checkedAfterMs").asDouble() >= 200, "checked after the caller moved on: " + e);
        assertEquals(2, e.get("endedByUs").asInt(), "our shutdownNow ended both: " + e);
    }

    @Test
    void aScopedValueIsBoundForTheCallsExtentAndInheritedByTheForksAThreadLocalIsNeither() {
        JsonNode v = r.get("scopedValue");
        assertTrue(v.get("boundInside").asBoolean(), v.toString());
        assertFalse(v.get("boundAfter").asBoolean(), v.toString());
        assertTrue(v.get("inheritedByForks").asBoolean(), v.toString());
        assertEquals(4, v.get("forksThatSawIt").asInt(), v.toString());
        assertEquals(0, v.get("forksThatSawThreadLocal").asInt(), v.toString());
        assertFalse(v.get("nextTaskSawScopedValue").asBoolean(), v.toString());
        assertEquals("order-42", v.get("nextTaskSawThreadLocal").asText(), "left set for the next task: " + v);
    }

    @Test
    void memoryPerThreadIsMeasuredForBoth() {
        JsonNode m = r.get("memory");
        assertEquals(THREADS, m.get("threads").asInt(), m.toString());
        assertEquals(1024, m.get("valueBytes").asInt(), m.toString());
        assertTrue(m.get("threadLocalBytesPerThread").asDouble() > 0, m.toString());
        assertTrue(m.get("scopedValueBytesPerThread").asDouble() > 0, m.toString());
        assertEquals(THREADS, m.get("scopedValueReads").asInt(), "all read the owner's one array: " + m);
    }

    @Test
    void thePreviewPartsRanInAChildJvmThatIsGoneAndThisJvmCouldNotHaveLoadedThem() {
        assertEquals("--enable-preview", r.get("childJvmOptions").asText());
        assertFalse(r.get("previewHere").asBoolean(), "surefire's JVM has no --enable-preview");
        long pid = r.get("childPid").asLong();
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == false, "child " + pid + " ended");
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "no child left");
        // The run above went well in this JVM, which cannot load the child's classes that use the preview
        // API: it never tried. (javac marks only those; the entry point itself, ScopeChild, uses none.)
        String pkg = StructuredRun.PREVIEW_PROGRAM.substring(0, StructuredRun.PREVIEW_PROGRAM.lastIndexOf('.'));
        for (String name : List.of("FirstFailure", "ManyForks")) {
            UnsupportedClassVersionError e =
                    assertThrows(UnsupportedClassVersionError.class, () -> Class.forName(pkg + "." + name), name);
            assertTrue(e.getMessage().contains("Preview features are not enabled"), e.getMessage());
        }
    }

    @Test
    void theSummarySaysWhatHappenedWithinTheWidth() {
        assertEquals(0, CLI.run("--threads", "1000"), CLI.err());
        String printed = CLI.out();
        printed.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "wider than 100: " + line));
        String out = printed.replaceAll("\\s+", " ");
        assertTrue(out.contains("child JVM (pid "), out);
        assertTrue(out.contains("started with --enable-preview. This JVM was not"), out);
        assertTrue(out.contains("scope-stock saw the interrupt"), out);
        assertTrue(out.contains("scope-history saw the interrupt"), out);
        assertTrue(out.contains("none of the 4 forks' threads was alive after it"), out);
        assertTrue(out.contains("2 of its tasks were still running (pool-stock, pool-history)"), out);
        assertTrue(out.contains("Our shutdownNow() interrupted and ended 2 of the 2."), out);
        assertTrue(out.contains("isBound() was true inside where(...).run, false once it returned, and false"), out);
        assertTrue(out.contains("still set for that next task: order-42"), out);
        assertTrue(out.contains("4 of the 4 forks saw their owner's ScopedValue binding (order-42), 0 of 4"), out);
        assertTrue(out.contains("Memory: 1,000 virtual threads parked at once"), out);
        assertTrue(out.contains("asyncio.TaskGroup (3.11)") && out.contains("contextvars"), out);
    }

    @Test
    void theMemorySentenceFollowsTheFigures() {
        JsonNode m = r.get("memory");
        double local = m.get("threadLocalBytesPerThread").asDouble();
        double scoped = m.get("scopedValueBytesPerThread").asDouble();
        assertNotNull(m);
        // At 10,000 threads each ThreadLocal's own 1 KB (~10 MB in all) stands well above the heap's noise.
        assertTrue(local > scoped + 512, "a copy each costs more than one shared value: " + m);
    }

    @Test
    void badInputIsAUsageErrorExit2() {
        for (String[] args : new String[][] {{"--threads", "999"}, {"--threads", "1000001"}, {"--threads", "x"}}) {
            assertEquals(2, CLI.run(args), String.join(" ", args));
            assertTrue(CLI.err().lines().findFirst().orElse("").contains("--threads"), CLI.err());
            assertTrue(CLI.out().isEmpty(), CLI.out());
        }
    }
}
