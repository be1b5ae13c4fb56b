package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.jvm.ChildTask;

/** What each child JVM of {@code cpu-vs-io} runs: one task of either load per request. */
public final class LoadTask implements ChildTask<Load, LoadTask.Done> {
    /** The task ran to its end. */
    public record Done() {}

    @Override
    public Class<Load> requestType() {
        return Load.class;
    }

    @Override
    public Done handle(Load load) throws InterruptedException {
        load.runOnce();
        return new Done();
    }
}
