package dev.concdemo.support.proc;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Runs a function named by its class and method, Python's {@code Process(target=task,
 * args=...)}: multiprocessing's spawn sends the child the function's module and name, and the
 * child imports the module and looks the name up. Here the child loads the class and finds the
 * {@code public static void METHOD(List<String> args, PrintStream out)}. Arguments: the class,
 * the method, then the function's arguments.
 */
public final class TargetProgram implements ChildProgram {
    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        Method target = Class.forName(args.get(0)).getMethod(args.get(1), List.class, PrintStream.class);
        if (!Modifier.isStatic(target.getModifiers())) {
            throw new IllegalArgumentException(args.get(1) + " is not static");
        }
        target.invoke(null, args.subList(2, args.size()), out);
        return 0;
    }
}
