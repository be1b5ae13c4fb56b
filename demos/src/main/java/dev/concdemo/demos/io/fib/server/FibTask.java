package dev.concdemo.demos.io.fib.server;

import dev.concdemo.support.jvm.ChildTask;
import dev.concdemo.support.work.Fib;

/** What the procs model's child JVMs run: n in, fib(n) out. */
public final class FibTask implements ChildTask<FibTask.Compute, FibTask.Result> {
    /** Compute fib(n). */
    public record Compute(int n) {}

    public record Result(long fib) {}

    @Override
    public Class<Compute> requestType() {
        return Compute.class;
    }

    @Override
    public Result handle(Compute request) {
        return new Result(Fib.fib(request.n()));
    }
}
