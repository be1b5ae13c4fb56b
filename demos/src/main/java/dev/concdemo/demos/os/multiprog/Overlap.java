package dev.concdemo.demos.os.multiprog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Seed 001's multiprogramming (多道技术), simulated in whole units. One after another
 * (single-programming): each job runs its phases in turn, and the CPU waits through every
 * IO; the total is the sum of all phases. Overlapped (multiprogramming): while one job waits
 * for IO another uses the CPU. The CPU goes to ready jobs first come, first served, each CPU
 * phase to its end; IO needs no CPU and jobs' IO proceeds in parallel (a device each). A job
 * whose IO ends at t is ready at t; ties go to the job earlier in --jobs.
 */
final class Overlap {
    /** What each job did in each unit: 'C' on the CPU, 'i' in IO, '.' ready but waiting, ' ' done. */
    record Result(int total, int cpuBusy, List<String> rows) {
        double utilisation() {
            return total == 0 ? 0 : (double) cpuBusy / total;
        }
    }

    private Overlap() {}

    static Result oneAfterAnother(List<Program> programs) {
        int total = programs.stream().mapToInt(Program::total).sum();
        int cpu = programs.stream().mapToInt(Program::cpuUnits).sum();
        List<String> rows = new ArrayList<>();
        int start = 0;
        for (Program p : programs) {
            StringBuilder row = new StringBuilder(" ".repeat(start));
            for (int i = 0; i < p.phases().size(); i++) {
                row.append(String.valueOf(Program.cpu(i) ? 'C' : 'i')
                        .repeat(p.phases().get(i)));
            }
            start += p.total();
            rows.add(row.toString());
        }
        return new Result(total, cpu, rows);
    }

    static Result overlapped(List<Program> programs) {
        int n = programs.size();
        int[] phase = new int[n]; // the phase each job is in
        int[] left = new int[n]; // units left in it
        StringBuilder[] rows = new StringBuilder[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int j = 0; j < n; j++) {
            left[j] = programs.get(j).phases().getFirst();
            rows[j] = new StringBuilder();
            ready.addLast(j); // every job starts with CPU, at 0, in --jobs order
        }
        int running = -1;
        int cpuBusy = 0;
        int done = 0;
        int t = 0;
        while (done < n) {
            if (running < 0 && !ready.isEmpty()) {
                running = ready.pollFirst();
            }
            List<Integer> endedIo = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                boolean finished = phase[j] >= programs.get(j).phases().size();
                if (finished) {
                    rows[j].append(' ');
                } else if (j == running) {
                    rows[j].append('C');
                } else if (Program.cpu(phase[j])) {
                    rows[j].append('.');
                } else {
                    rows[j].append('i');
                    if (--left[j] == 0) {
                        endedIo.add(j);
                    }
                }
            }
            if (running >= 0) {
                cpuBusy++;
                if (--left[running] == 0) {
                    done += advance(programs, running, phase, left) ? 1 : 0;
                    running = -1;
                }
            }
            for (int j : endedIo) { // in --jobs order: ready at t + 1, behind those already waiting
                advance(programs, j, phase, left);
                ready.addLast(j);
            }
            t++;
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder row : rows) {
            out.add(row.toString().stripTrailing());
        }
        return new Result(t, cpuBusy, out);
    }

    /** Moves job j to its next phase; whether it is now done. */
    private static boolean advance(List<Program> programs, int j, int[] phase, int[] left) {
        phase[j]++;
        if (phase[j] >= programs.get(j).phases().size()) {
            return true;
        }
        left[j] = programs.get(j).phases().get(phase[j]);
        return false;
    }
}
