package dev.concdemo.demos.os.sched;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A job to schedule: it arrives at {@code arrival} and needs {@code burst} units of CPU.
 * {@code order} is its place in {@code --jobs}, the last tie-breaker.
 */
record Job(String name, int arrival, int burst, int order) {

    /** The default set: a long job first, short ones just behind it, a longer one among them. */
    static final String DEFAULT = "A:0:8,B:1:4,C:2:9,D:3:5,E:10:2";

    /** The most jobs and the latest time a list may name: the chart must fit a terminal. */
    static final int MAX_JOBS = 12;

    static final int MAX_TIME = 200;

    /**
     * Parses {@code NAME:ARRIVAL:BURST,...}.
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    static List<Job> parse(String list) {
        List<Job> jobs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String entry : list.split(",", -1)) {
            String[] parts = entry.strip().split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("'" + entry + "' is not NAME:ARRIVAL:BURST");
            }
            String name = parts[0].strip();
            if (!name.matches("[A-Za-z0-9]")) { // one character: the charts give each unit one column
                throw new IllegalArgumentException("'" + entry + "': a name is one letter or digit");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("'" + entry + "': " + name + " is named twice");
            }
            int arrival = number(entry, "arrival", parts[1]);
            int burst = number(entry, "burst", parts[2]);
            if (arrival < 0) {
                throw new IllegalArgumentException("'" + entry + "': the arrival cannot be negative");
            }
            if (burst <= 0) {
                throw new IllegalArgumentException("'" + entry + "': the burst must be at least 1");
            }
            jobs.add(new Job(name, arrival, burst, jobs.size()));
        }
        if (jobs.size() > MAX_JOBS) {
            throw new IllegalArgumentException("at most " + MAX_JOBS + " jobs, not " + jobs.size());
        }
        int last = jobs.stream().mapToInt(Job::arrival).max().orElse(0)
                + jobs.stream().mapToInt(Job::burst).sum();
        if (last > MAX_TIME) {
            throw new IllegalArgumentException("the jobs could run until " + last + "; at most " + MAX_TIME);
        }
        return List.copyOf(jobs);
    }

    private static int number(String entry, String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + entry + "': the " + what + " '" + text + "' is not a number");
        }
    }
}
