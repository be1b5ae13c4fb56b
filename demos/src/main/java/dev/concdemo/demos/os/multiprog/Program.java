package dev.concdemo.demos.os.multiprog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A job that alternates CPU and IO phases, starting and ending with CPU: {@code A:3/4/2} is
 * 3 units of CPU, 4 of IO (waiting for a device, the CPU free for others), 2 of CPU.
 */
record Program(String name, List<Integer> phases, int order) {

    static final String DEFAULT = "A:3/4/2,B:2/5/3,C:4/2/1";
    static final int MAX_JOBS = 8;
    static final int MAX_UNITS = 200;

    /** Whether phase {@code i} is CPU (even) or IO (odd). */
    static boolean cpu(int i) {
        return i % 2 == 0;
    }

    int total() {
        return phases.stream().mapToInt(Integer::intValue).sum();
    }

    int cpuUnits() {
        int sum = 0;
        for (int i = 0; i < phases.size(); i += 2) {
            sum += phases.get(i);
        }
        return sum;
    }

    /** Parses {@code NAME:CPU/IO/CPU...,...}; throws IllegalArgumentException naming the bad entry. */
    static List<Program> parse(String list) {
        List<Program> programs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String entry : list.split(",", -1)) {
            String[] parts = entry.strip().split(":", -1);
            if (parts.length != 2 || !parts[0].strip().matches("[A-Za-z0-9]")) {
                throw new IllegalArgumentException("'" + entry + "' is not NAME:CPU/IO/CPU... (a one-character name)");
            }
            String name = parts[0].strip();
            if (!names.add(name)) {
                throw new IllegalArgumentException("'" + entry + "': " + name + " is named twice");
            }
            List<Integer> phases = new ArrayList<>();
            for (String p : parts[1].split("/", -1)) {
                try {
                    phases.add(Integer.parseInt(p.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + entry + "': '" + p + "' is not a number");
                }
                if (phases.getLast() <= 0) {
                    throw new IllegalArgumentException("'" + entry + "': every phase lasts at least 1");
                }
            }
            if (phases.size() % 2 == 0) {
                throw new IllegalArgumentException("'" + entry + "': phases alternate CPU/IO and end with CPU");
            }
            programs.add(new Program(name, List.copyOf(phases), programs.size()));
        }
        if (programs.size() > MAX_JOBS) {
            throw new IllegalArgumentException("at most " + MAX_JOBS + " jobs, not " + programs.size());
        }
        if (programs.stream().mapToInt(Program::total).sum() > MAX_UNITS) {
            throw new IllegalArgumentException("at most " + MAX_UNITS + " units in all");
        }
        return List.copyOf(programs);
    }
}
