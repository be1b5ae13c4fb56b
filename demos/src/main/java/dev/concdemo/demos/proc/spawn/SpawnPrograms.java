package dev.concdemo.demos.proc.spawn;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * What the children of {@code spawn} run, in their own JVMs. The seed's {@code task(n)} is a
 * function, started by name ({@link #task}); its {@code MyProcess} is a class whose
 * {@code run} is overridden ({@link MyProcess}).
 */
public final class SpawnPrograms {
    private SpawnPrograms() {}

    /** The seed's {@code def task(n): print(1); print(n); print(2)}. */
    public static void task(List<String> args, PrintStream out) {
        out.println("1");
        out.println(args.getFirst());
        out.println("2");
    }

    /** The seed's pid task: {@code os.getpid()} and {@code os.getppid()}, as the child sees them. */
    public static void pids(List<String> args, PrintStream out) {
        ProcessHandle me = ProcessHandle.current();
        out.println("pid is " + me.pid());
        out.println("父pid is " + me.parent().map(ProcessHandle::pid).orElse(-1L));
    }

    /** Says it is up, then sleeps: a child to terminate. It ends by itself after {@code args[0]} ms. */
    public static void sleeper(List<String> args, PrintStream out) throws InterruptedException {
        out.println("pid is %d, sleeping".formatted(ProcessHandle.current().pid()));
        Thread.sleep(Duration.ofMillis(Long.parseLong(args.getFirst())));
        out.println("woke up: nobody terminated me");
    }

    /** The seed's {@code class MyProcess(Process)} with its own {@code run}. */
    public static final class MyProcess implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) {
            out.println("123");
            out.println("321");
            return 0;
        }
    }
}
