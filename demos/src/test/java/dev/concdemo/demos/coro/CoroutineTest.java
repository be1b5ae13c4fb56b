package dev.concdemo.demos.coro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coroutine reaches the JDK's internal {@code jdk.internal.vm.Continuation} through method
 * handles: a JDK that renames or removes it would quietly break yield, greenlet, asyncio and
 * the fib server's coroutine model. This test fails loudly, naming the running JDK, if the
 * handles are missing or a suspend/resume round trip does not come back where it left off.
 * (Surefire passes {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, as the jar's
 * manifest does.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CoroutineTest {
    private static String jdk() {
        return "JDK " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }

    @Test
    void theJdksContinuationsAreReachable() {
        if (!Coroutine.available()) {
            fail("jdk.internal.vm.Continuation's handles are missing on " + jdk()
                    + ": Coroutine (yield, greenlet, asyncio, the fib server) no longer works here");
        }
    }

    @Test
    void aBodySuspendsKeepingItsStackAndCarriesOnWhenResumed() {
        List<String> steps = new ArrayList<>();
        Coroutine coroutine;
        try {
            coroutine = new Coroutine(() -> {
                int local = 1; // lives on the body's own stack across the suspends
                steps.add("body " + local);
                Coroutine.suspend();
                local++;
                steps.add("body " + local);
                Coroutine.suspend();
                local++;
                steps.add("body " + local);
            });
        } catch (RuntimeException e) {
            throw new AssertionError("cannot make a Coroutine on " + jdk() + ": " + e, e);
        }
        try {
            for (int i = 1; i <= 3; i++) {
                assertFalse(coroutine.isDone(), "not done before resume " + i + " on " + jdk());
                coroutine.resume();
                steps.add("caller " + i);
            }
        } catch (RuntimeException | Error e) {
            throw new AssertionError("a suspend/resume round trip failed on " + jdk() + ": " + e, e);
        }
        assertTrue(coroutine.isDone(), "the body ran to its end on " + jdk());
        assertEquals(
                List.of("body 1", "caller 1", "body 2", "caller 2", "body 3", "caller 3"),
                steps,
                "each resume runs the body from where it suspended, on " + jdk());
    }
}
