package dev.concdemo.demos.coro.yield;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import java.io.PrintStream;
import java.util.List;

/**
 * In a child JVM with one carrier ({@link dev.concdemo.support.work.VirtualThreads#ONE_CARRIER}):
 * two virtual threads taking turns on one OS thread, {@code args[0]} items. Tells its parent
 * what a hand-off cost ({@link Measured}).
 */
public final class OneCarrierHandOff implements ChildProgram {
    /** The message to the parent ({@code ToParent}): ns a hand-off between the two virtual threads. */
    record Measured(long nanos) {}

    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        double ns = HandOffs.pingPong(Thread.ofVirtual(), Integer.parseInt(args.getFirst()), false);
        ToParent.send(out, new Measured(Math.round(ns)));
        return 0;
    }
}
