package dev.concdemo.demos.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.os.CpuTimes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The start-up figures printed under the timeline and the timeline's start-up cells are one measurement. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PrimesSummaryTest {
    private static final long MS = 1_000_000;

    @Test
    void eachChildsStartUpFigureCoversAsManyCellsAsItsStartUpDotsInTheChart() {
        // 4.8 s over 48 columns: 100 ms a cell. Child 1's process was launched 900 ms into the
        // run (the launch itself is slow the first time) and was ready at 1000 ms; child 2 was
        // launched at 950 ms and ready at 1500 ms. The chart dots each from the run's start.
        long start = 1_000 * MS;
        var workers = List.of(
                new PrimeRun.Worker("primes-proc-1", 101, start + 900 * MS, start + 1_000 * MS),
                new PrimeRun.Worker("primes-proc-2", 102, start + 950 * MS, start + 1_500 * MS));
        var checked = List.of(
                new PrimeRun.Checked(7, true, 1, start + 1_500 * MS, start + 4_700 * MS),
                new PrimeRun.Checked(9, false, 2, start + 1_500 * MS, start + 4_700 * MS));
        var run = new PrimeRun.Result(WorkerKind.CHILD_JVMS, workers, start, 4_800 * MS, CpuTimes.ZERO, checked);

        List<Long> figures = PrimesSummary.startupMillis(run);
        List<String> chart = Timeline.render(run, 48, "");
        for (int i = 0; i < workers.size(); i++) {
            long dots = chart.get(i).chars().filter(c -> c == '·').count();
            assertEquals(
                    dots, Math.round(figures.get(i) / 100.0), 1, "child " + (i + 1) + ": " + figures + "\n" + chart);
        }
        assertEquals(List.of(1_000L, 1_500L), figures, "from the run's start until ready");
    }
}
