package dev.concdemo.demos.os.sched;

import dev.concdemo.support.term.Texts;

/**
 * The algorithms, in the order seed 001 gives them (srtf, sjf made preemptive, is not in the
 * note); the rules each follows exactly are in Messages ({@code rules.NAME}).
 */
enum Algo {
    FCFS,
    SJF,
    SRTF,
    RR,
    MLFQ;

    /** One line: what the algorithm does (every one also breaks ties by arrival, then by --jobs order). */
    String rules() {
        return Texts.of(Algo.class).format("rules." + label());
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Policy policy(int quantum, int boost) {
        return switch (this) {
            case FCFS -> new Fcfs();
            case SJF -> new ShortestFirst(false);
            case SRTF -> new ShortestFirst(true);
            case RR -> new RoundRobin(quantum);
            case MLFQ -> new Mlfq(quantum, boost);
        };
    }
}
