package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Trace;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * HashMap's trials, in a child JVM of their own. Racing puts can do worse than lose entries:
 * one racing a resize can leave a cycle in a bin's red-black tree, and a thread then loops in
 * it for good (rare: here 2 trials of 600 in one run, none of 1,000 in another). Java cannot
 * stop a thread from outside ({@code Thread.stop} throws since JDK 20), so the thread is ended
 * with its process: the child says where it loops and exits, and its parent goes on with the
 * trials left.
 *
 * <p>Arguments: threads, adds per thread, trials, and how many ms a trial may take before a
 * thread of it is taken to loop for good. Sends its parent a {@link TrialMessage.Ran} per trial,
 * or a {@link TrialMessage.Hung} and exits with {@link #HUNG}.
 */
public final class HashMapTrials implements ChildProgram {
    static final int HUNG = 4; // not ParentWatch.PARENT_GONE (3)

    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws InterruptedException {
        int threads = Integer.parseInt(args.get(0));
        int each = Integer.parseInt(args.get(1));
        int trials = Integer.parseInt(args.get(2));
        Duration hangAfter = Duration.ofMillis(Long.parseLong(args.get(3)));
        for (int trial = 1; trial <= trials; trial++) {
            Trial.Outcome o = Trial.run(Shared.Kind.HASH_MAP.create(), threads, each, hangAfter, Trace.off());
            if (o.hang() != null) {
                ToParent.send(
                        out,
                        new TrialMessage.Hung(
                                trial,
                                o.hang().thread(),
                                String.join("|", o.hang().frames())));
                // The JVM's exit ends it with the rest: the only way to end a thread that never
                // returns. (Its adders are daemons: the exit does not wait for them.)
                return HUNG;
            }
            ToParent.send(out, new TrialMessage.Ran(trial, o.size(), o.nanos(), String.join(",", o.thrown())));
        }
        return 0;
    }
}
