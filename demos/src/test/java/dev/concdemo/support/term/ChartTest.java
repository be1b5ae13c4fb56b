package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The three chart forms, drawn from known data. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ChartTest {
    @Test
    void levelsHaveOneRowPerCountAndMarkTheLimit() {
        List<Chart.Step> steps = List.of(new Chart.Step(0, 1), new Chart.Step(10, 2), new Chart.Step(50, 0));
        // 10 columns of 10 ns: one inside in [0, 10), two in [10, 50), none from 50 on (column 5 still starts with two)
        assertEquals(
                List.of(" 2 ┤┄█████┄┄┄┄", " 1 │██████    ", "   └──────────"), Chart.levels(steps, 0, 100, 2, 10, ""));
    }

    @Test
    void lanesShadeHowBusyEachSliceWasAndMarkAStartingWorker() {
        List<Chart.Lane> lanes = List.of(
                new Chart.Lane("a", List.of(new long[] {0, 100}), 0, "1 number"),
                new Chart.Lane("b", List.of(new long[] {50, 60}, new long[] {60, 75}), 30, "2 numbers"));
        // 8 columns of 12.5 ns: b is busy all of [50, 75), columns 4 and 5; starting until 30, columns 0 and 1
        assertEquals(
                List.of("a │████████│ 1 number", "b │··  ██  │ 2 numbers", "  0 s 0.00 s"),
                Chart.lanes(lanes, 0, 100, 8, ""));
    }

    @Test
    void aBarIsAsLongAsItsShareOfTheLargest() {
        assertEquals("████████████████████", Chart.bar(50, 100, 40));
        assertEquals("", Chart.bar(0, 100, 40));
        assertEquals("█".repeat(40), Chart.bar(100, 100, 40));
    }
}
