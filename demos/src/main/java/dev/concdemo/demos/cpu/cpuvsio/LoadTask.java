package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.proc.ChildTask;

/** What each child JVM of {@code cpu-vs-io} runs: one task of either load per request. */
public final class LoadTask implements ChildTask {
    @Override
    public String handle(String request) throws InterruptedException {
        Load.parse(request).runOnce();
        return "done";
    }
}
