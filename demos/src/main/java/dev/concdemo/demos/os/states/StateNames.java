package dev.concdemo.demos.os.states;

import java.util.Map;

/** The letters the timelines use: the seed's three states, and Java's Thread.State. */
final class StateNames {
    static final char RUNNING = 'R';
    static final char READY = 'r';
    static final char BLOCKED = 'b';

    /** Java's states, by letter: RUNNABLE, BLOCKED (on a monitor), WAITING, TIMED_WAITING. */
    static final Map<Thread.State, Character> JAVA = Map.of(
            Thread.State.NEW, ' ',
            Thread.State.RUNNABLE, 'U',
            Thread.State.BLOCKED, 'L',
            Thread.State.WAITING, 'W',
            Thread.State.TIMED_WAITING, 'T',
            Thread.State.TERMINATED, ' ');

    private StateNames() {}
}
