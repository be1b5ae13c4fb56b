package dev.concdemo.support.jvm;

import dev.concdemo.support.os.CpuTimes;
import dev.concdemo.support.os.ParentWatch;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of a child JVM (see {@link ChildJvm}): {@code ChildMain TASK-CLASS}. Reads
 * requests from standard input, one {@link Wire} line each, and answers each with one line
 * on standard output: the task's reply, or {@code !error message}. It says {@link #READY} first, when the JVM
 * is up and the task loaded. At the end of input it reports its own
 * CPU time ({@link #CPU_PREFIX}) and exits. It also exits when its parent dies ({@link ParentWatch}), so that it
 * can never outlive the scenario that started it, even one killed with SIGKILL. (A child run
 * as a Python-style process starts at {@code support.proc.ProgramMain} instead.)
 */
public final class ChildMain {
    static final String READY = "#ready";
    static final String CPU_PREFIX = "#cpu ";
    static final String ERROR_PREFIX = "!";

    private ChildMain() {}

    public static void main(String[] args) throws Exception {
        ParentWatch.start(() -> Runtime.getRuntime().halt(ParentWatch.PARENT_GONE)); // nobody reads us now
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
}
