package dev.concdemo.demos.sync.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The model's rules, one primitive at a time, on the programs' own lines. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MachineTest {
    @Test
    void aHeldLockBlocksAnotherThreadAndNamesItsHolder() {
        Machine machine = new Machine(Ticket.of(Variant.FIXED, 2));
        State held = machine.step(machine.start(), 0); // T1: mutex.acquire()
        Step.Blocked why = machine.blocked(held, 1);
        assertEquals("blocked.lock", why.key());
        assertEquals(1, why.holder());
        assertEquals(List.of(0), machine.runnable(held));
        assertThrows(IllegalStateException.class, () -> machine.step(held, 1));
    }

    @Test
    void twoThreadsEachHoldingWhatTheOtherWantsAreADeadlock() {
        Machine machine = new Machine(Abba.of(Variant.BROKEN, 2));
        State end = run(machine, 1, 2);
        assertTrue(machine.stuck(end));
        assertTrue(machine.broken(end));
        assertEquals("deadlock T1 T2", machine.outcome(end).key());
    }

    @Test
    void aThreadWaitingOnAnEmptyQueueWithNobodyToFillItIsStranded() {
        Machine machine = new Machine(CheckThenAct.of(Variant.BROKEN));
        State end = run(machine, 1, 2, 1); // both see the bun; T1 takes it; T2 waits in q.get()
        Step.Blocked why = machine.blocked(end, 1);
        assertEquals("blocked.empty", why.key());
        assertEquals(0, why.holder(), "no thread's move would free it");
        assertTrue(machine.stuck(end));
        assertEquals(List.of(), machine.outcome(end).deadlocked());
        assertEquals("T2 blocked forever", machine.outcome(end).key());
    }

    @Test
    void aConditionWaitReleasesTheLockWaitsForANotifyThenTakesTheLockBack() {
        Machine machine = new Machine(IfNotWhile.of(Variant.BROKEN));
        Program program = machine.program();
        int lock = program.sharedIndex("lock");
        int cond = program.sharedIndex("cond");
        State waiting = run(machine, 1, 1, 1); // T1: acquire, if not buf, cond.wait()
        assertEquals(0, waiting.shared().get(lock), "the wait released the lock");
        assertEquals(List.of(1), waiting.shared().get(cond));
        assertEquals("blocked.wait", machine.blocked(waiting, 0).key());

        State notified = run(machine, waiting, 3, 3, 3); // T3: acquire, append, notify
        assertEquals(List.of(), notified.shared().get(cond));
        Step.Blocked relock = machine.blocked(notified, 0);
        assertEquals("blocked.relock", relock.key(), "off the list, but T3 holds the lock");
        assertEquals(3, relock.holder());

        State released = run(machine, notified, 3); // T3: lock.release()
        assertNull(machine.blocked(released, 0));
        State back = run(machine, released, 1);
        assertEquals(1, back.shared().get(lock), "T1 holds the lock again");
        assertEquals(3, back.pcs().get(0), "with if, on to line 4, item = buf.pop(0), without a second test");
    }

    @Test
    void withWhileTheWokenThreadTestsAgain() {
        Machine machine = new Machine(IfNotWhile.of(Variant.FIXED));
        State back = run(machine, 1, 1, 1, 3, 3, 3, 3, 1);
        assertEquals(1, back.pcs().get(0), "back to line 2, while not buf:");
    }

    @Test
    void aWriteOfTheValueAlreadyThereIsShownAsAChange() {
        // 1 1 2 1 2 2: T1 writes 9; T2, which read 10, then writes 9 again over it.
        Machine machine = new Machine(Ticket.of(Variant.BROKEN, 2));
        State before = run(machine, 1, 1, 2, 1, 2);
        Machine.Taken taken = machine.take(before, 1);
        assertEquals(before.shared(), taken.after().shared(), "the value did not change");
        Move last = Move.between(machine.program(), 6, 1, before, taken);
        assertEquals(3, last.line());
        assertTrue(last.changes().contains("ticket = 9"), last.changes().toString());
        assertEquals("3 ticket = tmp   ticket = 9   done", last.said());
    }

    private static State run(Machine machine, int... threads) {
        return run(machine, machine.start(), threads);
    }

    private static State run(Machine machine, State from, int... threads) {
        State state = from;
        for (int t : threads) {
            state = machine.step(state, t - 1);
        }
        return state;
    }
}
