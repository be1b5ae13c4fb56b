package dev.concdemo.demos.os.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * The schedule drawn in the terminal: one row per job, one column per time unit (or per few,
 * for long schedules): {@code █} running, {@code ░} arrived and waiting, blank before it
 * arrives and after it finishes; mlfq's running cells show the level (0, 1, 2) instead.
 * A time axis underneath. Also the one-line form {@code --algo all} stacks: each unit the
 * letter of the job that ran.
 */
final class Gantt {
    /** Columns for the time units; longer schedules put several units in one column. */
    static final int WIDTH = 80;

    private Gantt() {}

    /** Units per column. */
    static int scale(int end) {
        return Math.max(1, (end + WIDTH - 1) / WIDTH);
    }

    static List<String> rows(Simulation.Result r, List<Job> jobs, String indent) {
        int end = r.end();
        int scale = scale(end);
        int columns = (end + scale - 1) / scale;
        int nameWidth = jobs.stream().mapToInt(j -> j.name().length()).max().orElse(1);
        List<String> lines = new ArrayList<>();
        boolean mlfq = r.algo() == Algo.MLFQ;
        for (Job job : jobs) {
            StringBuilder row =
                    new StringBuilder(indent).append(pad(job.name(), nameWidth)).append(' ');
            int finish = r.finish().get(job.name());
            for (int c = 0; c < columns; c++) {
                int from = c * scale;
                int to = Math.min(end, from + scale);
                Simulation.Slice ran = ranIn(r, job.name(), from, to);
                if (ran != null) {
                    row.append(mlfq ? Character.forDigit(ran.level(), 10) : '█');
                } else if (to > job.arrival() && from < finish) {
                    row.append('░');
                } else {
                    row.append(' ');
                }
            }
            lines.add(row.toString().stripTrailing());
        }
        lines.add(indent + " ".repeat(nameWidth + 1) + axis(columns, scale));
        return lines;
    }

    /** One line: for each unit the name (its first letter) of the job that ran, '.' when idle. */
    static String line(Simulation.Result r) {
        StringBuilder line = new StringBuilder();
        int scale = scale(r.end());
        for (int from = 0; from < r.end(); from += scale) {
            Simulation.Slice s = at(r, from);
            line.append(s == null || s.job() == null ? '.' : s.job().charAt(0));
        }
        return line.toString();
    }

    /** The time axis: a mark and the time every 5 columns. */
    static String axis(int columns, int scale) {
        StringBuilder axis = new StringBuilder();
        for (int c = 0; c <= columns; c += 5) {
            String label = Integer.toString(c * scale);
            axis.append(pad(label, 5));
        }
        return axis.toString().stripTrailing();
    }

    private static Simulation.Slice ranIn(Simulation.Result r, String job, int from, int to) {
        for (Simulation.Slice s : r.timeline()) {
            if (job.equals(s.job()) && s.start() < to && s.end() > from) {
                return s;
            }
        }
        return null;
    }

    private static Simulation.Slice at(Simulation.Result r, int t) {
        for (Simulation.Slice s : r.timeline()) {
            if (s.start() <= t && t < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
