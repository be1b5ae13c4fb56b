package dev.concdemo.demos.cpu.primes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A per-worker timeline of one run, one row per worker across the run's wall time:
 * {@code ·} while a child JVM starts, then how busy the worker was in each column
 * ({@code █} ≥ 75 %, {@code ▓} ≥ 50 %, {@code ▒} ≥ 25 %, {@code ░} some, blank idle).
 */
final class Timeline {
    private Timeline() {}

    static List<String> render(PrimeRun.Result run, int width, String indent) {
        double nanosPerColumn = (double) run.realNanos() / width;
        int labelWidth =
                run.workers().stream().mapToInt(w -> label(w).length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < run.workers().size(); i++) {
            PrimeRun.Worker worker = run.workers().get(i);
            int number = i + 1;
            double[] busy = new double[width];
            int tested = 0;
            for (PrimeRun.Checked c : run.checked()) {
                if (c.worker() == number) {
                    tested++;
                    spread(busy, c.startNanos() - run.startNanos(), c.endNanos() - run.startNanos(), nanosPerColumn);
                }
            }
            StringBuilder row = new StringBuilder(indent)
                    .append(String.format("%-" + labelWidth + "s", label(worker)))
                    .append(" │");
            for (int col = 0; col < width; col++) {
                double f = busy[col] / nanosPerColumn;
                long columnMid = run.startNanos() + (long) ((col + 0.5) * nanosPerColumn);
                boolean starting = worker.pid() != 0 && (worker.readyNanos() == 0 || columnMid < worker.readyNanos());
                row.append(f >= 0.75 ? '█' : f >= 0.5 ? '▓' : f >= 0.25 ? '▒' : f > 0 ? '░' : starting ? '·' : ' ');
            }
            lines.add(row.append("│ ")
                    .append(tested)
                    .append(tested == 1 ? " number" : " numbers")
                    .toString());
        }
        String end = String.format(Locale.ROOT, "%.2f s", run.realNanos() / 1e9);
        lines.add(indent + " ".repeat(labelWidth + 1) + "0 s" + " ".repeat(Math.max(1, width - 2 - end.length() + 1))
                + end);
        return lines;
    }

    private static String label(PrimeRun.Worker w) {
        return w.pid() == 0 ? w.name() : w.name() + " pid " + w.pid();
    }

    /** Adds the part of [from, to) that falls in each column. */
    private static void spread(double[] busy, long from, long to, double nanosPerColumn) {
        int first = (int) Math.max(0, Math.floor(from / nanosPerColumn));
        int last = (int) Math.min(busy.length - 1, Math.floor(Math.max(from, to - 1) / nanosPerColumn));
        for (int col = first; col <= last; col++) {
            double lo = Math.max(from, col * nanosPerColumn);
            double hi = Math.min(to, (col + 1) * nanosPerColumn);
            busy[col] += Math.max(0, hi - lo);
        }
    }
}
