package dev.concdemo.demos.coro.asyncio;

import java.util.List;

/**
 * The names the run's lines are labelled with. A coroutine's line carries the coroutine's
 * name (asyncio names a task after its coroutine), the loop's own lines "loop", another
 * thread's lines that thread's name; the run and the label column both take them from here.
 */
final class Names {
    static final String MAIN = "main";
    static final String LOOP = "loop";
    static final String SAY_AFTER = "say_after";
    static final String NESTED = "nested";
    static final String HELLO = "hello";
    static final String FACTORIAL = "factorial";
    static final String FAILING = "failing";
    static final String TICKER = "ticker";
    static final String DISPLAY_DATE = "display_date";
    static final String ETERNITY = "eternity";
    static final String SLOW_OPERATION = "slow_operation";

    /** The thread that calls into a running loop from outside (steps 12 and 13). */
    static final String OTHER_THREAD = "asyncio-other";

    /** The lines that set CPython's measured counts beside ours (step 14). */
    static final String CPYTHON = "CPython";

    /** Step 14's two coroutines. */
    static final List<String> ADDERS = List.of("A", "B");

    private Names() {}

    /** Step 15's works, by number: "work 1". */
    static String work(int k) {
        return "work " + k;
    }

    /** Every label the run's lines can carry. */
    static List<String> all() {
        return List.of(
                MAIN,
                LOOP,
                SAY_AFTER,
                NESTED,
                HELLO,
                FACTORIAL,
                FAILING,
                TICKER,
                DISPLAY_DATE,
                ETERNITY,
                SLOW_OPERATION,
                OTHER_THREAD,
                CPYTHON,
                ADDERS.getFirst(),
                ADDERS.getLast(),
                work(1),
                work(2));
    }
}
