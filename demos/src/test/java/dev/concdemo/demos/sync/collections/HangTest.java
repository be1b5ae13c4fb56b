package dev.concdemo.demos.sync.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Trace;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A HashMap trial can hang for good (rare, but it hung a CI run): the trial gives up on
 * it and names where it loops, and the child JVM it ran in ends so that the others go on.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HangTest {

    @Test
    void aThreadThatNeverReturnsIsGivenUpOnAndNamed() throws InterruptedException {
        AtomicBoolean release = new AtomicBoolean();
        // Stands in for a put stuck in a corrupted tree: spins, deaf to interrupts, until released.
        HashMap<Integer, Integer> stuck = new HashMap<>() {
            @Override
            public Integer put(Integer key, Integer value) {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                return super.put(key, value);
            }
        };
        try {
            long start = System.nanoTime();
            Trial.Outcome o = Trial.run(new Shared.AMap(stuck), 2, 10, Duration.ofMillis(300), Trace.off());
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(o.hang(), "given up on");
            assertTrue(o.hang().thread().startsWith("adder-"), o.hang().toString());
            assertTrue(
                    o.hang().frames().stream().anyMatch(f -> f.endsWith(".put")),
                    o.hang().toString());
            assertTrue(tookMs >= 300, "not before its time: " + tookMs + " ms");
        } finally {
            release.set(true);
        }
        Trial.Outcome fine = Trial.run(Shared.Kind.HASH_MAP.create(), 1, 1000, Duration.ofSeconds(30), Trace.off());
        assertNull(fine.hang(), "one thread alone always ends");
        assertEquals(1000, fine.size());
    }

    @Test
    void aTrialGivenUpEndsItsChildAndANewOneRunsTheRest() throws InterruptedException {
        // Given up after 1 ms, every trial of 4 x 1,000,000 puts is taken to loop for good.
        CollectionsRun run = new CollectionsRun(4, 1_000_000, 3, Narrator.silent(), Duration.ofMillis(1));
        CollectionsReport.Row row = run.row(Shared.Kind.HASH_MAP, 1_000_000);
        assertEquals(3, row.trialsHung(), row.toString());
        assertEquals(
                List.of(1, 2, 3),
                row.hangs().stream().map(CollectionsReport.Hang::trial).toList());
        assertTrue(row.hangs().stream().allMatch(h -> h.thread().startsWith("adder-")), row.toString());
        // Given up so soon, the threads may still be at the start line: where() names a java.util frame.
        assertTrue(row.hangs().stream().noneMatch(h -> h.where().isBlank()), row.toString());
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "its children are gone");
    }
}
