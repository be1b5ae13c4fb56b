package dev.concdemo.demos.os.sched;

/** The algorithms, in the order seed 001 gives them, and the rules each follows exactly. */
enum Algo {
    FCFS("first come, first served: in order of arrival, each to its end"),
    SJF("shortest job first, non-preemptive: when the CPU is free, the shortest burst waiting runs to its end"),
    SRTF("shortest remaining time first: at every unit the least work left runs; a shorter newcomer preempts"),
    RR("round robin: a slice of Q each in turn; one arriving as a slice ends queues before that job"),
    MLFQ("multilevel feedback queue: levels with slices Q, 2Q, 4Q; a whole slice used drops a level; a newcomer"
            + " preempts a lower level");

    /** One line: what the algorithm does (every one also breaks ties by arrival, then by --jobs order). */
    final String rules;

    Algo(String rules) {
        this.rules = rules;
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
