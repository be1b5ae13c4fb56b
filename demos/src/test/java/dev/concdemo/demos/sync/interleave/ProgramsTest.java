package dev.concdemo.demos.sync.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each program breaks as its seed says, first by the schedule worked out here by hand, and its
 * fix breaks in no interleaving. The explorer visits states breadth first trying T1 before T2,
 * so the schedule it gives is the shortest that breaks the program and, of those, the first in
 * order (read as a number: 1 1 2 before 1 2 1). Each case below says why nothing shorter
 * breaks it and why no schedule of that length comes earlier.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ProgramsTest {
    /** A program's broken variant with its default threads, and what it must give. */
    record Broken(ProgramName name, List<Integer> shortest, String badOutcome) {
        @Override
        public String toString() {
            return name.toString();
        }
    }

    static Stream<Broken> broken() {
        return Stream.of(
                // Each buyer: 1 tmp = ticket, 2 tmp = tmp - 1, 3 ticket = tmp. Losing an update needs
                // both threads ended (all 6 steps). 1 1 1 runs T1 to its end before T2 reads: 8, not
                // broken. 1 1 2 lets T2 read 10 before T1 writes, so every way on loses one; of
                // those ways 1 2 2 comes first.
                new Broken(ProgramName.TICKET, List.of(1, 1, 2, 1, 2, 2), "ticket = 9"),
                // One step takes one lock: no deadlock. 1 1 lets T1 hold both, so T2 waits only until
                // T1 releases. 1 2: T1 holds mutexA, T2 mutexB, each waits for the other's.
                new Broken(ProgramName.ABBA, List.of(1, 2), "deadlock T1 T2"),
                // Each consumer: 1 if not q.empty(), 2 item = q.get(). A wait for ever needs both to
                // have passed the test (2 steps) and one to have taken the bun (3). 1 1 takes the bun
                // before T2 tests, and T2 then skips the get; 1 2 1 is the first after that.
                new Broken(ProgramName.CHECK_THEN_ACT, List.of(1, 2, 1), "T2 blocked forever"),
                // A consumer that meets None ends; the other must be waiting in q.get() on an empty
                // queue. Both items got (2 gets), one consumer back at get after the bun (while, get,
                // if, eat, while: 5) and the other ended on None (while, get, if: 3), or one doing all
                // 7 and the other its while: 8 consumer steps either way, plus the producer's 2
                // puts: 10. The producer's two puts come first (1 1); then T2 alone, 2 being the
                // smallest, runs the 7 (ending on None); the last step is T3's while.
                new Broken(ProgramName.PILLS, List.of(1, 1, 2, 2, 2, 2, 2, 2, 2, 3), "T3 blocked forever, eaten = 1"),
                // Under the lock, a consumer that finds a bun pops it; IndexError needs a woken
                // consumer popping a buffer someone emptied. T1: acquire, test, wait (3); the producer
                // acquires, appends, notifies, releases (4); T2 acquires, finds the bun, pops it,
                // releases (4); T1 takes the lock back and pops (2): 13. The first 3 are forced
                // (T1 holds the lock); at step 4, T2 would wait too and each woken consumer would find
                // a bun of its own, so 3; steps 5-7 are forced (the producer holds the lock); at step
                // 8, T1 would pop the bun, so T2, whose 3 next steps are forced; then T1. T1 raises
                // holding the lock (no with, no finally), so the producer waits for it for ever.
                new Broken(
                        ProgramName.IF_NOT_WHILE,
                        List.of(1, 1, 1, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1),
                        "T1 raised IndexError, T3 blocked forever, buf = []"),
                // Three inside at once: 3 acquires and 3 enters (6). Two seats, and T1 or T2 give theirs
                // back only after leaving: the third needs T3's stray release, 7. T1 acquires and
                // enters (1 1); T1 leaving next would leave at most two inside, so T2 acquires and
                // enters (2 2); then T3 releases, acquires, enters.
                new Broken(ProgramName.SEMAPHORE, List.of(1, 1, 2, 2, 3, 3, 3), "most_inside = 3, sm = 3"),
                // conn_mysql raises when count > 3: three turns of its loop (test, check, wait, count
                // += 1: 12 steps), a fourth test and the check that raises: 14 of T2's own. A step of T1
                // makes it longer, never shorter: fourteen 2s.
                new Broken(
                        ProgramName.EVENT, List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2), "T2 raised TimeoutError"),
                // Two made needs two tests and two makings: 4. 1 1 makes one before T2 tests, and T2
                // then skips the making; 1 2 1 2 is the first after that.
                new Broken(ProgramName.LAZY_INIT, List.of(1, 2, 1, 2), "created = 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void theBrokenVariantBreaksFirstByTheScheduleWorkedOutByHand(Broken expected) {
        Explorer.Exploration found = explore(expected.name(), Variant.BROKEN);
        assertTrue(found.badCount() > 0, expected + ": " + found.outcomes());
        assertTrue(found.bad().contains(expected.badOutcome()), expected + ": " + found.bad());
        assertEquals(expected.shortest(), found.shortestFailing(), expected.toString());
        assertSums(found);
    }

    @ParameterizedTest
    @EnumSource(ProgramName.class)
    void theFixedVariantBreaksInNoInterleaving(ProgramName name) {
        Explorer.Exploration found = explore(name, Variant.FIXED);
        assertEquals(0, found.badCount(), name + ": " + found.outcomes());
        assertEquals(List.of(), found.bad(), name.toString());
        assertEquals(List.of(), found.shortestFailing(), name.toString());
        assertTrue(found.interleavings() > 0, name.toString());
        assertSums(found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void byBruteForceNothingShorterBreaksItAndNothingEarlierOfThatLength(Broken expected) {
        // Independent of the explorer's search: every schedule, depth first in order (T1 first).
        // None of one step fewer breaks it; the first that breaks it within its length is it.
        Machine machine = new Machine(expected.name().build(Variant.BROKEN, expected.name().threads));
        int length = expected.shortest().size();
        assertNull(firstBreaking(machine, machine.start(), length - 1), expected.toString());
        assertEquals(expected.shortest(), firstBreaking(machine, machine.start(), length), expected.toString());
    }

    @Test
    void withThreeThreadsAbbaIsTheDiningPhilosophers() {
        // Each takes its own lock, then its neighbour's: three steps, one each, close the cycle.
        Explorer.Exploration found = Explorer.explore(new Machine(Abba.of(Variant.BROKEN, 3)));
        assertEquals(List.of(1, 2, 3), found.shortestFailing());
        assertTrue(found.bad().contains("deadlock T1 T2 T3"), found.bad().toString());
    }

    @Test
    void pillsBreaksInEveryInterleaving() {
        // One None for two consumers: whatever the order, one consumer is left waiting.
        Explorer.Exploration found = explore(ProgramName.PILLS, Variant.BROKEN);
        assertEquals(found.interleavings(), found.badCount(), found.outcomes().toString());
    }

    @Test
    void theTicketsCountsWorkedOutByHand() {
        // Serial orders (1 1 1 2 2 2 and 2 2 2 1 1 1) end at 8; the other 18 of C(6,3) = 20 lose one.
        // States, by how far each thread is (0-3 steps): the 7 points where one thread has not
        // started, and (1,1) (2,1) (1,2) (2,2), are one state each (11); where one has written
        // and the other has read or computed, the other's tmp is from 10 or from 9: (3,1) (1,3)
        // (3,2) (2,3) two each (8); at (3,3) ticket 8 with tmp 9 and 8 either way round, or
        // ticket 9 with both tmp 9 (3). 11 + 8 + 3 = 22.
        Explorer.Exploration found = explore(ProgramName.TICKET, Variant.BROKEN);
        assertEquals(20, found.interleavings());
        assertEquals(22, found.states());
        assertEquals(18, found.badCount());
        assertEquals(List.of("ticket = 9"), found.bad());
    }

    @Test
    void theEventsCountsWorkedOutByHand() {
        // T2 tests the event at its steps 1, 5, 9 and 13, connecting after the first test that finds
        // it set, else raising at its step 14; T1's set lands after some j of T2's steps, and T1's
        // sleep in any of the j + 1 gaps before it. Set before step 1: 1 way. Between test 1 and
        // test 2 (j = 1..4): 2+3+4+5 = 14; before test 3 (j = 5..8): 30; before test 4 (j =
        // 9..12): 46; after test 4 (j = 13, 14), too late: 14 + 15 = 29. Total 120, 29 bad.
        Explorer.Exploration found = explore(ProgramName.EVENT, Variant.BROKEN);
        assertEquals(120, found.interleavings());
        assertEquals(29, found.badCount());
    }

    @Test
    void theCheckThenActCountsWorkedOutByHand() {
        // One test then a get: 1 1 2 and 2 2 1 are fine; after 1 2 (both tested), each of the 4
        // orders of the two gets leaves the second get waiting: 6 interleavings, 4 bad. Lazy-init
        // is the same shape: 1 1 2, 2 2 1 make one; the 4 after both tests make two.
        Explorer.Exploration check = explore(ProgramName.CHECK_THEN_ACT, Variant.BROKEN);
        assertEquals(6, check.interleavings());
        assertEquals(4, check.badCount());
        Explorer.Exploration lazy = explore(ProgramName.LAZY_INIT, Variant.BROKEN);
        assertEquals(6, lazy.interleavings());
        assertEquals(4, lazy.badCount());
    }

    @Test
    void abbasCountsWorkedOutByHand() {
        // 1 2 and 2 1 deadlock. Else one thread takes both locks; after its release of the second,
        // the other may take that one before or after the first's last release: 2 orders each
        // way. 2 + 4 = 6.
        Explorer.Exploration found = explore(ProgramName.ABBA, Variant.BROKEN);
        assertEquals(6, found.interleavings());
        assertEquals(2, found.badCount());
    }

    static Explorer.Exploration explore(ProgramName name, Variant variant) {
        return Explorer.explore(new Machine(name.build(variant, name.threads)));
    }

    /** Every interleaving ends in exactly one outcome. */
    static void assertSums(Explorer.Exploration found) {
        assertEquals(
                found.interleavings(),
                found.outcomes().values().stream().mapToLong(Long::longValue).sum(),
                found.outcomes().toString());
    }

    /** The first schedule in order of at most {@code steps} steps from {@code state} that breaks the program; null if none. */
    private static List<Integer> firstBreaking(Machine machine, State state, int steps) {
        if (machine.broken(state)) {
            return List.of();
        }
        if (steps == 0) {
            return null;
        }
        for (int t : machine.runnable(state)) {
            List<Integer> rest = firstBreaking(machine, machine.step(state, t), steps - 1);
            if (rest != null) {
                List<Integer> schedule = new java.util.ArrayList<>(List.of(t + 1));
                schedule.addAll(rest);
                return schedule;
            }
        }
        return null;
    }
}
