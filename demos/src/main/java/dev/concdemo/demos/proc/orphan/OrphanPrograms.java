package dev.concdemo.demos.proc.orphan;

import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The two generations below {@code concdemo orphan}: a parent that exits first, and its child. */
public final class OrphanPrograms {
    private OrphanPrograms() {}

    /**
     * Starts a child ({@link Orphan}) that writes to our standard output directly, so that its
     * lines reach concdemo after we are gone; then, when told "exit", ends at once without
     * waiting for it, like {@code os._exit}. Argument: the child's longest life in ms.
     */
    public static final class Parent implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            ProcessHandle me = ProcessHandle.current();
            out.println("my pid is %d, my parent is %d"
                    .formatted(me.pid(), me.parent().map(ProcessHandle::pid).orElse(-1L)));
            ChildProcess child = ChildProcess.of("orphan", Orphan.class, args)
                    .inheritOutput()
                    .start(null);
            out.println("started pid " + child.pid());
            if ("exit".equals(in.next())) {
                out.println("exiting without waiting for pid " + child.pid());
            }
            return 0;
        }

        @Override
        public boolean waitsForChildren() {
            return false;
        }
    }

    /**
     * Says who its parent is, then watches it (from /proc, every 5 ms) and says when it
     * changes. Outlives its parent on purpose, so it bounds its own life: it ends after
     * {@code args[0]} ms whatever happens, and is normally killed long before.
     */
    public static final class Orphan implements ChildProgram {
        private static final Duration POLL = Duration.ofMillis(5);

        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws InterruptedException {
            long me = ProcessHandle.current().pid();
            Duration life = Duration.ofMillis(Long.parseLong(args.getFirst()));
            long[] parent = {ppid()};
            say(out, me, "my pid is %d, my parent is %d".formatted(me, parent[0]));
            Poll.until(
                    life,
                    POLL,
                    () -> { // never holds: it watches until its time is up
                        long now = ppid();
                        if (now != parent[0]) {
                            say(out, me, "my parent is now %d (%s)".formatted(now, name(now)));
                            parent[0] = now;
                        }
                        return false;
                    });
            say(out, me, "nobody ended me; my time is up");
            return 0;
        }

        @Override
        public boolean endsWithParent() {
            return false;
        }

        private static long ppid() {
            return ProcStat.self().map(ProcStat::ppid).orElse(-1L);
        }

        /** Our own lines carry our pid: they go straight to concdemo, past our parent. */
        private static void say(PrintStream out, long me, String text) {
            out.println("pid " + me + "\t" + text);
        }
    }

    /** A process's command name, from /proc/PID/comm ("?" if unreadable). */
    static String name(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/comm"))
                    .getFirst()
                    .strip();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
