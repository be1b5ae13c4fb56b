package dev.concdemo.demos.jvm.structured.preview;

import java.io.PrintStream;
import java.util.List;

/**
 * The program of {@code concdemo structured}'s child JVM, which is started with
 * {@code --enable-preview}: StructuredTaskScope is a preview API in JDK 25 (JEP 505). This
 * package is compiled with preview features (demos/pom.xml), and javac marks each class that
 * uses the API (FirstFailure, ManyForks: class file version 69.65535) so that a JVM started
 * without them refuses to load it. Run by support.proc's TargetProgram, named by a string, so
 * that the parent never loads the package. Arguments: the number of threads of the memory part.
 */
public final class ScopeChild {
    private ScopeChild() {}

    /** The first failure cancelling a scope, then memory for many forks. */
    public static void run(List<String> args, PrintStream out) throws InterruptedException {
        int threads = Integer.parseInt(args.getFirst());
        new FirstFailure(out).run();
        new ManyForks(out, threads).run();
    }
}
