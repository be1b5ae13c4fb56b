package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.work.Fib;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's simulated GIL: a waiter is let in while another thread is inside a long fib. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerGilTest {
    @Test
    void aShortFibIsServedWhileALongOneHoldsTheGilAndBothAreRight() throws Exception {
        ServerGil gil = new ServerGil();
        AtomicLong longAnswer = new AtomicLong();
        AtomicLong longDone = new AtomicLong();
        Thread computing = Thread.ofPlatform().start(() -> {
            try {
                longAnswer.set(gil.fib(40)); // ~0.3 s of CPU: many switch intervals
                longDone.set(System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (!gil.held() && computing.isAlive()) {
            Thread.onSpinWait(); // until the long fib holds the GIL
        }
        long shortAnswer = gil.fib(20); // waits one interval, asks for the GIL, gets it at the next call
        long shortDone = System.nanoTime();
        computing.join();
        assertEquals(Fib.fib(20), shortAnswer);
        assertEquals(Fib.fib(40), longAnswer.get());
        assertTrue(
                shortDone < longDone.get(),
                "the holder let go at a drop request: the short fib did not wait for the long one");
    }
}
