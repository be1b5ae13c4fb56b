package dev.concdemo.demos.fib.server;

import dev.concdemo.demos.fib.Fib;
import dev.concdemo.support.child.ChildTask;

/** What the procs model's child JVMs run: n in, fib(n) out. */
public final class FibTask implements ChildTask {
    @Override
    public String handle(String request) {
        return Long.toString(Fib.fib(Integer.parseInt(request)));
    }
}
