package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.term.Chart;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * A per-worker timeline of one run ({@link Chart#lanes}), one row per worker across the run's wall time:
 * {@code ·} while a child JVM starts, then how busy the worker was in each column
 * ({@code █} ≥ 75 %, {@code ▓} ≥ 50 %, {@code ▒} ≥ 25 %, {@code ░} some, blank idle).
 */
final class Timeline {
    private Timeline() {}

    static List<String> render(PrimeRun.Result run, int width, String indent) {
        List<Chart.Lane> lanes = new ArrayList<>();
        for (int i = 0; i < run.workers().size(); i++) {
            PrimeRun.Worker worker = run.workers().get(i);
            int number = i + 1;
            List<long[]> busy = run.checked().stream()
                    .filter(c -> c.worker() == number)
                    .map(c -> new long[] {c.startNanos(), c.endNanos()})
                    .toList();
            long startingUntil =
                    worker.pid() == 0 ? 0 : worker.readyNanos() == 0 ? Long.MAX_VALUE : worker.readyNanos();
            lanes.add(new Chart.Lane(
                    label(worker), busy, startingUntil, Texts.of(Timeline.class).count("numbers", busy.size())));
        }
        return Chart.lanes(lanes, run.startNanos(), run.startNanos() + run.realNanos(), width, indent);
    }

    private static String label(PrimeRun.Worker w) {
        return w.pid() == 0 ? w.name() : w.name() + " pid " + w.pid();
    }
}
