package dev.concdemo.demos.proc.isolation;

import java.io.PrintStream;
import java.util.List;

/**
 * The seed's global {@code money = 100}: a static field, one per JVM. A thread of this JVM
 * changes the same one main reads; a child process changes its own, in its own memory.
 */
public final class Money {
    /** Written by one thread at a time here (main or the setter, ordered by start and join). */
    static volatile int money = 100;

    private Money() {}

    /** What the child runs: {@code global money; money = 666}, saying what it saw before and after. */
    public static void setTo666(List<String> args, PrintStream out) {
        ProcessHandle me = ProcessHandle.current();
        out.println("money = %d (my pid %d, my parent %d)"
                .formatted(money, me.pid(), me.parent().map(ProcessHandle::pid).orElse(-1L)));
        money = 666;
        out.println("money = " + money + " after money = 666");
    }
}
