package dev.concdemo.support.proc;

import dev.concdemo.support.term.Texts;

/**
 * What a scenario's Python side (--python) read back from its program: the interpreter that ran
 * it, as {@code cpython.answer} describes it. A record of a program's results implements this by
 * declaring the components {@code version}, {@code build} and {@code gilEnabled}, so they stand at
 * the head of the {@code python} object of --json under the same names in every scenario.
 */
public interface RunByCPython {
    /** The interpreter's version, e.g. "3.11.7". */
    String version();

    /** "gil", or "free-threaded" for a build without the GIL (Python 3.13+, python3.13t). */
    String build();

    /** Whether the GIL was on in that process: a free-threaded build can turn it back on. */
    boolean gilEnabled();

    /** The build without a GIL, and the GIL actually off: Python threads run side by side. */
    default boolean freeThreaded() {
        return "free-threaded".equals(build()) && !gilEnabled();
    }

    /** "CPython 3.11.7 (GIL)", in the run's language: which interpreter measured what follows. */
    default String interpreter() {
        Texts texts = Texts.of(RunByCPython.class);
        String key = freeThreaded() ? "build.free" : "free-threaded".equals(build()) ? "build.freeGilOn" : "build.gil";
        return texts.format("interpreter", version(), texts.format(key));
    }
}
