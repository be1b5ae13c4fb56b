package dev.concdemo.support.proc;

import dev.concdemo.support.os.ParentWatch;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The entry point of a child JVM run as a Python-style process ({@link ChildProcess},
 * {@link NativeChild}): {@code ProgramMain CLASS ARGS...} runs a {@link ChildProgram} to its
 * exit status, then does what multiprocessing does when a main program ends: terminates its
 * daemon children and waits for the others. A program tied to its parent halts when its
 * input ends (see {@link Inbox}), or, if it does not read its input, when its parent is gone.
 */
public final class ProgramMain {
    private ProgramMain() {}

    public static void main(String[] args) throws Exception {
        ChildProgram program =
                (ChildProgram) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        List<String> programArgs = List.of(args).subList(1, args.length);
        Inbox inbox;
        if (program.readsStdin()) {
            inbox = Inbox.reading(
                    new FileInputStream(FileDescriptor.in).getChannel(),
                    program.endsWithParent() ? () -> Runtime.getRuntime().halt(ParentWatch.PARENT_GONE) : () -> {});
        } else {
            inbox = Inbox.of(); // its input is not ours to read (a socket handed to it)
            if (program.endsWithParent()) {
                ParentWatch.start(() -> Runtime.getRuntime().halt(ParentWatch.PARENT_GONE)); // nobody reads us now
            }
        }
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("child-inbox-close").unstarted(inbox::close));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = program.run(programArgs, inbox, out);
        if (!program.waitsForChildren()) {
            out.flush();
            inbox.close(); // a thread in a native read holds up even a halt by 300 ms
            Runtime.getRuntime().halt(status); // os._exit: no hooks, no waiting; the children are orphaned
        }
        ChildProcess.atExit();
        out.flush();
        System.exit(status); // what the program returned is the child's exit status
    }
}
