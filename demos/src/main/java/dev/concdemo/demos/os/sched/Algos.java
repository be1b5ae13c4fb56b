package dev.concdemo.demos.os.sched;

import dev.concdemo.support.cli.EnumConverter;
import java.util.List;
import java.util.Locale;

/** What --algo chooses: one algorithm, or all of them in the note's order. */
enum Algos {
    FCFS,
    SJF,
    SRTF,
    RR,
    MLFQ,
    ALL;

    List<Algo> algos() {
        return this == ALL ? List.of(Algo.values()) : List.of(Algo.valueOf(name()));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    static final class Converter extends EnumConverter<Algos> {
        Converter() {
            super(Algos.class);
        }
    }
}
