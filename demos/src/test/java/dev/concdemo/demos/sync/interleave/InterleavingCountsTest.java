package dev.concdemo.demos.sync.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The explorer's counts against combinatorics, where the count has a formula: steps that
 * never block interleave as a multinomial; a lock held around a thread's whole body leaves
 * only the order in which the threads take it.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class InterleavingCountsTest {
    @Test
    void twoTicketBuyersOfThreeStepsEachInterleaveInSixChooseThreeWays() {
        // Nothing blocks: an interleaving is which 3 of the 6 steps are T1's. C(6,3) = 20.
        assertEquals(20, interleavings(Ticket.of(Variant.BROKEN, 2)));
    }

    @Test
    void threeTicketBuyersInterleaveInNineFactorialOverSixCubedWays() {
        // (3N)! / (3!)^N: 9! / 6^3 = 362,880 / 216 = 1,680.
        assertEquals(multinomial(3, 3, 3), interleavings(Ticket.of(Variant.BROKEN, 3)));
        assertEquals(1680, interleavings(Ticket.of(Variant.BROKEN, 3)));
    }

    @Test
    void fourTicketBuyersInterleaveInTwelveFactorialOverSixToTheFourWays() {
        // 12! / 6^4 = 479,001,600 / 1,296 = 369,600.
        assertEquals(multinomial(3, 3, 3, 3), interleavings(Ticket.of(Variant.BROKEN, 4)));
        assertEquals(369_600, interleavings(Ticket.of(Variant.BROKEN, 4)));
    }

    @Test
    void theSemaphoresStrayReleaseMeansNoAcquireEverBlocks() {
        // T3 releases before it acquires, so at any acquire at most 2 permits are held by others
        // and 2 + 1 - 2 >= 1 is left (T1's and T2's acquires likewise): nothing blocks, and the
        // 4 + 4 + 5 steps interleave freely. 13! / (4! 4! 5!) = 90,090.
        assertEquals(multinomial(4, 4, 5), interleavings(SemaphoreRoom.of(Variant.BROKEN)));
        assertEquals(90_090, interleavings(SemaphoreRoom.of(Variant.BROKEN)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void theLockedTicketLeavesOnlyTheOrderOfTheBuyersNFactorial(int threads) {
        // Whoever takes the mutex runs its whole body while the others wait for it: N! orders.
        assertEquals(factorial(threads), interleavings(Ticket.of(Variant.FIXED, threads)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void theLockedLazyInitLeavesOnlyTheOrderOfTheCallersNFactorial(int threads) {
        // The same: the first to take the lock makes the instance, each later one finds it made.
        assertEquals(factorial(threads), interleavings(LazyInit.of(Variant.FIXED, threads)));
    }

    @Test
    void theFixedAbbaAndCheckThenActWithTwoThreadsAreSerialToo() {
        // Fixed abba: both take mutexA first, and it is released last: one body, then the other.
        // Fixed check-then-act: the lock is around the whole consumer.
        assertEquals(2, interleavings(Abba.of(Variant.FIXED, 2)));
        assertEquals(2, interleavings(CheckThenAct.of(Variant.FIXED)));
    }

    @Test
    void sevenTicketBuyersPassTheStateBoundAndTheVisitStopsQuickly() {
        // 7 threads of 3 steps: well over 200,000 states; the visit stops at the bound, not the end.
        Machine machine = new Machine(Ticket.of(Variant.BROKEN, 7));
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(Explorer.TooManyStates.class, () -> Explorer.explore(machine)));
    }

    private static long interleavings(Program program) {
        return Explorer.explore(new Machine(program)).interleavings();
    }

    /** (a + b + ...)! / (a! b! ...). */
    private static long multinomial(int... parts) {
        long result = 1;
        int placed = 0;
        for (int part : parts) {
            for (int k = 1; k <= part; k++) {
                placed++;
                result = result * placed / k; // C(placed, k) stays whole at each step
            }
        }
        return result;
    }

    private static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}
