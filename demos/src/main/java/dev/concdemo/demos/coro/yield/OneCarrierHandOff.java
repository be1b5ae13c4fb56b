package dev.concdemo.demos.coro.yield;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import java.io.PrintStream;
import java.util.List;

/**
 * In a child JVM with one carrier ({@link dev.concdemo.support.work.VirtualThreads#ONE_CARRIER}):
 * two virtual threads taking turns on one OS thread, {@code args[0]} items. Prints
 * {@code #vthread NS} (ns a hand-off).
 */
public final class OneCarrierHandOff implements ChildProgram {
    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        double ns = HandOffs.pingPong(Thread.ofVirtual(), Integer.parseInt(args.getFirst()), false);
        out.println("#vthread " + Math.round(ns));
        return 0;
    }
}
