package dev.concdemo.app;

import dev.concdemo.support.term.Width;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The training run for the AOT cache (run by Maven at package time, never by users): runs
 * the commands people type most, so that the classes, linked call sites and method profiles
 * they need are in target/concdemo.aot. Output goes nowhere.
 *
 * <p>Kept to the command-line layer on purpose: the JVM loads every class in the cache at
 * start-up, so training a scenario run too (its JMX, JSON, thread classes) made every
 * start slower, `list` by ~18 ms (bench/startup.py, interleaved medians). For the same
 * reason child JVMs have a cache of their own ({@link ChildAotTraining}).
 */
final class AotTraining {
    private AotTraining() {}

    static final List<String[]> RUNS = List.of(
            new String[] {},
            new String[] {"list"},
            new String[] {"--version"},
            new String[] {"--help"},
            new String[] {"deadlock", "--help"},
            new String[] {"deadlock", "--no-such-option"},
            new String[] {"deadlock", "--threads", "1"},
            new String[] {"list"});

    public static void main(String[] args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] run : RUNS) {
            Main.run(Main.session(nowhere, nowhere), run); // the session as a real start makes it
        }
        HelpPages.print(
                nowhere, HelpPages.asked("deadlock", "--help"), false, Width.COLUMNS); // a help page from the jar
        HelpPages.print(nowhere, HelpPages.asked("deadlock", "--help"), true, Width.COLUMNS);
    }
}
