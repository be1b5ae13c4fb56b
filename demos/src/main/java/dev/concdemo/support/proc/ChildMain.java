package dev.concdemo.support.proc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The entry point of a child JVM (see {@link ChildJvm}): {@code ChildMain TASK-CLASS}. Reads
 * requests from standard input, one {@link Wire} line each, and answers each with one line
 * on standard output: the task's reply, or {@code !error message}. It says {@link #READY} first, when the JVM
 * is up and the task loaded. At the end of input it reports its own
 * CPU time ({@link #CPU_PREFIX}) and exits. It also exits when its parent dies, so that it
 * can never outlive the scenario that started it, even one killed with SIGKILL. Or, with
 * {@value #PROGRAM}, runs a {@link ChildProgram} to its exit status.
 */
public final class ChildMain {
    /** {@code ChildMain --program CLASS ARGS...}: run a {@link ChildProgram} to its exit status. */
    static final String PROGRAM = "--program";

    static final String READY = "#ready";
    static final String CPU_PREFIX = "#cpu ";
    static final String ERROR_PREFIX = "!";
    private static final long PARENT_CHECK_MILLIS = 200;
    /** The exit status of a child that halted because its parent went away. */
    static final int PARENT_GONE = 3;

    private ChildMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(PROGRAM)) {
            runProgram(args[1], List.of(args).subList(2, args.length));
            return;
        }
        watchParent();
        @SuppressWarnings("unchecked")
        ChildTask<Object, ?> task = (ChildTask<Object, ?>)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println(READY);
        out.flush();
        for (String request = in.readLine(); request != null; request = in.readLine()) {
            String reply;
            try {
                reply = Wire.encode(task.handle(Wire.decode(request, task.requestType())));
            } catch (Exception e) {
                reply = ERROR_PREFIX + String.valueOf(e).replace('\n', ' ');
            }
            out.println(reply);
            out.flush();
        }
        task.close();
        out.println(CPU_PREFIX + Wire.encode(CpuTimes.ofThisProcess()));
        out.flush();
        System.exit(0); // the end of input ends the child, whatever threads its task left
    }

    /**
     * Runs a {@link ChildProgram}, then does what multiprocessing does when a main program
     * ends: terminates its daemon children and waits for the others; exits with the status the
     * program returned. A program tied to its parent halts when its input ends (see {@link Inbox}).
     */
    private static void runProgram(String className, List<String> args) throws Exception {
        ChildProgram program =
                (ChildProgram) Class.forName(className).getDeclaredConstructor().newInstance();
        Inbox inbox;
        if (program.readsStdin()) {
            inbox = Inbox.readingStdin(
                    program.endsWithParent() ? () -> Runtime.getRuntime().halt(PARENT_GONE) : () -> {});
        } else {
            inbox = Inbox.of(); // its input is not ours to read (a socket handed to it)
            if (program.endsWithParent()) {
                watchParent();
            }
        }
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("child-inbox-close").unstarted(inbox::close));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = program.run(args, inbox, out);
        if (!program.waitsForChildren()) {
            out.flush();
            inbox.close(); // a thread in a native read holds up even a halt by 300 ms
            Runtime.getRuntime().halt(status); // os._exit: no hooks, no waiting; the children are orphaned
        }
        ChildProcess.atExit();
        out.flush();
        System.exit(status); // what the program returned is the child's exit status
    }

    /** A daemon thread that ends this JVM at once if the parent process goes away. */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = Thread.ofPlatform().name("child-parent-watch").daemon().unstarted(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(PARENT_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(PARENT_GONE); // orphaned: nobody will read our answers
        });
        watcher.start();
    }
}
