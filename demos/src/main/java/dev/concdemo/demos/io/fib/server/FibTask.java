package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.proc.ChildTask;
import dev.concdemo.support.work.Fib;

/** What the procs model's child JVMs run: n in, fib(n) out. */
public final class FibTask implements ChildTask {
    @Override
    public String handle(String request) {
        return Long.toString(Fib.fib(Integer.parseInt(request)));
    }
}
