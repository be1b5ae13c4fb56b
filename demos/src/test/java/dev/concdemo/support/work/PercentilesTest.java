package dev.concdemo.support.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PercentilesTest {
    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertEquals(3, Percentiles.median(5L, 1L, 3L));
        assertEquals(2, Percentiles.median(4L, 1L, 3L, 1L)); // (1 + 3) / 2
        assertEquals(2.5, Percentiles.median(4.0, 1.0, 3.0, 2.0));
        assertEquals(2.0, Percentiles.median(List.of(3, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.median(new long[0]));
    }

    @Test
    void aPercentileIsTheNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // 100 .. 1, unsorted
        }
        assertEquals(50, Percentiles.percentile(hundred, 50));
        assertEquals(99, Percentiles.percentile(hundred, 99));
        assertEquals(100, Percentiles.percentile(hundred, 100));
        assertEquals(1, Percentiles.percentile(hundred, 0));
    }

    @Test
    void pollingStopsWhenTheConditionHoldsOrTheTimeIsUp() throws InterruptedException {
        AtomicInteger looks = new AtomicInteger();
        assertTrue(Poll.until(Duration.ofSeconds(10), () -> looks.incrementAndGet() >= 3));
        assertEquals(3, looks.get());
        assertFalse(Poll.until(Duration.ofMillis(20), () -> false));
    }
}
